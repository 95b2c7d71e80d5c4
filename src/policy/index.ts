/** Public exports of the policy layer: targeting rules evaluated as pure lookups. */
export { Targeting } from './targeting.js';
