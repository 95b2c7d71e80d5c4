/**
 * Draws a compiled lifecycle as a Mermaid `stateDiagram-v2`, optionally with one parcel's path
 * picked out, for the app's lifecycle panel and for docs.
 *
 * It works from the compiled table rather than the XState machine so the diagram shows exactly
 * what the engine runs. Transitions between the same two states are merged into one arrow with
 * their events joined by commas, which keeps the parcel diagram readable. Mermaid cannot style
 * individual arrows in state diagrams, so a path is shown by styling its states: `onPath` for
 * every state visited and `current` for the last one. This is a pure string function; rendering
 * is the UI's job.
 *
 * @example
 * toMermaid(canineLifecycle, ['offDuty', 'working']);
 * // stateDiagram-v2
 * //   [*] --> offDuty
 * //   offDuty : The dog and handler are not on shift.
 * //   ...
 * //   offDuty --> working : SHIFT_START
 * //   ...
 * //   class offDuty onPath
 * //   class working current
 */
import type { CompiledMachine } from './compile.js';

/** Mermaid class definitions used for a highlighted path (colours match the app's accent). */
const PATH_STYLES = [
  'classDef onPath fill:#fde68a,stroke:#b45309,stroke-width:2px',
  'classDef current fill:#f59e0b,stroke:#78350f,stroke-width:3px,font-weight:bold',
];

/**
 * A Mermaid `stateDiagram-v2` source for `compiled`: initial and final markers, each state's
 * description, one arrow per pair of states. `highlightPath` lists the states a parcel visited, in
 * order; its names must be states of `compiled` (a clear error otherwise).
 *
 * @example
 * const src = toMermaid(parcelLifecycle, ['awaitingInduction', 'xrayQueue', 'xray', 'released']);
 * src.includes('xray --> released : CLEAR'); // true
 */
export function toMermaid<S extends string, E extends string>(
  compiled: CompiledMachine<S, E>,
  highlightPath?: readonly string[],
): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${compiled.states[compiled.initial]}`];
  for (const name of compiled.states) {
    const description = compiled.descriptions[name];
    if (description) lines.push(`  ${name} : ${escapeLabel(description)}`);
  }

  // Merge parallel edges, keeping the order in which each (from, to) pair first appears.
  const merged = new Map<string, { from: S; to: S; events: E[] }>();
  for (const { from, event, to } of compiled.edges()) {
    const key = `${from}\u0000${to}`;
    const edge = merged.get(key);
    if (edge) edge.events.push(event);
    else merged.set(key, { from, to, events: [event] });
  }
  for (const { from, to, events } of merged.values()) lines.push(`  ${from} --> ${to} : ${events.join(', ')}`);
  compiled.states.forEach((name, i) => {
    if (compiled.isFinal[i]) lines.push(`  ${name} --> [*]`);
  });

  if (highlightPath && highlightPath.length > 0) {
    const known = new Set<string>(compiled.states);
    const unknown = highlightPath.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new Error(`toMermaid('${compiled.id}'): highlightPath names unknown states: ${unknown.join(', ')}`);
    }
    const last = highlightPath[highlightPath.length - 1];
    const visited = [...new Set(highlightPath)].filter((name) => name !== last);
    lines.push(...PATH_STYLES.map((style) => `  ${style}`));
    if (visited.length > 0) lines.push(`  class ${visited.join(',')} onPath`);
    lines.push(`  class ${last} current`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Keeps a description on one line, and writes `#` and `;` (Mermaid's entity marker and statement
 * separator) as Mermaid entity codes, which it decodes when rendering, so the text is unchanged.
 */
function escapeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/#/g, '#35;').replace(/;/g, '#59;');
}
