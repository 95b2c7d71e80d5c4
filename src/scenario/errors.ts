/**
 * The error type every scenario check reports, and the one-line-per-problem text people read.
 *
 * Schema problems, cross-field problems and JSON syntax problems all come back as the same
 * `{ path, message }` pairs, so a CLI, a file loader and the browser's scenario editor can show
 * them the same way (docs/architecture.md rule 5: every problem, with its path, never a silent default).
 */

/**
 * One problem with a scenario. `path` is dotted (`stations.xray.officersByShift.1`), or `(root)`
 * for the scenario as a whole; `message` is plain English naming the problem.
 *
 * @example
 * const e: ScenarioError = { path: 'stations.xray.officersByShift.1', message: 'must be >= 0' };
 */
export interface ScenarioError {
  path: string;
  message: string;
}

/** The path used for a problem with the whole input rather than one field. */
export const ROOT_PATH = '(root)';

/**
 * Turns a path as zod reports it (`['stations', 'xray', 'officersByShift', 1]`) into the dotted
 * form of `ScenarioError.path`; the empty path becomes `(root)`.
 *
 * @example
 * dottedPath(['targeting', 'rules', 0, 'when', 'rate']); // 'targeting.rules.0.when.rate'
 * dottedPath([]); // '(root)'
 */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? ROOT_PATH : path.map((p) => String(p)).join('.');
}

/**
 * One line per problem, `path: message`, in the order given.
 *
 * @example
 * formatErrors([{ path: 'stations.xray.officersByShift.1', message: 'must be >= 0' }]);
 * // 'stations.xray.officersByShift.1: must be >= 0'
 */
export function formatErrors(errors: readonly ScenarioError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
