/**
 * Escaping text for the memos. Everything a memo prints that came from input (scenario names
 * and descriptions, grid and parameter names, parameter values, file names) passes through one of
 * these, so a description holding `<script>` prints as text and cannot run in the HTML page or
 * in a Markdown viewer that passes HTML through.
 */

/**
 * Text for HTML element content and attribute values (quoted with ").
 *
 * @example
 * escapeHtml('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * Text for a Markdown paragraph, list item or table cell: HTML made inert as entities, Markdown's
 * inline markup characters backslash-escaped, line breaks turned into spaces (a table row is one
 * line), and a line start that would make a heading, quote or list item escaped.
 *
 * @example
 * escapeMarkdown('a | b *c* <b>'); // 'a \\| b \\*c\\* &lt;b&gt;'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}
