/**
 * A small helper for building the page's DOM in code. Text always goes in as textContent, never
 * as HTML, so a string from the model or a link can never become markup (the share link and
 * parcel stories carry text a person could have typed).
 *
 * @example
 * const button = h('button', { className: 'ix-button', type: 'button' }, 'Play');
 */

type Props<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'style'>> & {
  /** Attributes set with setAttribute (aria-*, data-*, role...). */
  attrs?: Record<string, string>;
};

/** Creates an element with properties, attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props<K> = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { attrs, ...rest } = props;
  Object.assign(node, rest);
  if (attrs) for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/** The element with this id; throws a clear error if index.html lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`index.html has no element #${id}`);
  return node as T;
}

/** An id unique within the page (random, so no module keeps a counter), for label and aria links. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}
