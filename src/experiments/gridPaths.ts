/**
 * Addressing fields of a scenario by dotted path, for sweep parameters: `stations.xray.lanes`,
 * `stations.xray.officersByShift.0` (a list entry by position), `contraband.*.perMillion` (`*`:
 * every entry of an object or list), and `targeting.rules.aed-risk.when.atLeast`, where a rule is
 * named by its id, not its position, so a grid keeps working when rules are added or reordered
 * (the same reason metrics name rules by id, see `metricPaths.ts`).
 *
 * Paths are resolved against the base scenario before any run: a misspelt field, an unknown rule
 * id or a field that a rule of another kind does not have (`when.atLeast` on a random-selection
 * rule) is reported with the fields or ids that do exist.
 */

/** One field a path reaches: the object or list holding it, and its key there. */
export interface PathTarget {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
  /** The concrete dotted path (wildcards filled in, rules by id). */
  path: string;
}

/**
 * Every field `path` reaches in `root`, or a sentence saying where and why it does not resolve.
 *
 * @example
 * resolvePath(scenario, 'targeting.rules.random.when.rate');
 * // { ok: true, targets: [{ parent: <the rule's when>, key: 'rate', path: 'targeting.rules.random.when.rate' }] }
 * resolvePath(scenario, 'stations.xray.oficers');
 * // { ok: false, message: "no field 'oficers' in stations.xray (fields: enabled, lanes, ...)" }
 */
export function resolvePath(root: unknown, path: string): { ok: true; targets: PathTarget[] } | { ok: false; message: string } {
  const segments = path.split('.');
  if (segments.some((s) => s === '')) return { ok: false, message: `'${path}' is not a dotted path (empty part)` };
  let current: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    const next: { value: unknown; path: string }[] = [];
    const targets: PathTarget[] = [];
    for (const { value, path: here } of current) {
      const step = children(value, here, segment);
      if (typeof step === 'string') return { ok: false, message: step };
      for (const child of step) {
        const childPath = here === '' ? child.label : `${here}.${child.label}`;
        if (last) targets.push({ parent: value as PathTarget['parent'], key: child.key, path: childPath });
        else next.push({ value: (value as Record<string | number, unknown>)[child.key], path: childPath });
      }
    }
    if (last) return { ok: true, targets };
    current = next;
  }
  return { ok: false, message: 'empty path' };
}

/** The keys `segment` selects in `value` (at `here`), or why it selects none. */
function children(value: unknown, here: string, segment: string): { key: string | number; label: string }[] | string {
  const where = here === '' ? 'the scenario' : here;
  if (typeof value !== 'object' || value === null) {
    return `${where} is ${describe(value)}, which has no field '${segment}'`;
  }
  if (here === 'targeting.rules' && Array.isArray(value)) {
    const rules = value as { id: string }[];
    const ids = rules.map((r) => r.id);
    if (segment === '*') return rules.map((r, i) => ({ key: i, label: r.id }));
    if (/^\d+$/.test(segment)) {
      return `address rules by id, not position: targeting.rules.<id> (ids: ${ids.join(', ') || 'none'})`;
    }
    const i = ids.indexOf(segment);
    return i < 0 ? `no rule with id '${segment}' in targeting.rules (ids: ${ids.join(', ') || 'none'})` : [{ key: i, label: segment }];
  }
  if (Array.isArray(value)) {
    if (segment === '*') return value.map((_, i) => ({ key: i, label: String(i) }));
    if (!/^\d+$/.test(segment)) return `${where} is a list: use a position 0 to ${value.length - 1} or *, not '${segment}'`;
    const i = Number(segment);
    return i < value.length ? [{ key: i, label: segment }] : `${where} has ${value.length} entries (0 to ${value.length - 1}); there is no entry ${segment}`;
  }
  const keys = Object.keys(value);
  if (segment === '*') return keys.map((k) => ({ key: k, label: k }));
  return Object.hasOwn(value, segment)
    ? [{ key: segment, label: segment }]
    : `no field '${segment}' in ${where} (fields: ${keys.join(', ')})`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `a text ('${value}')`;
  return `a ${typeof value} (${String(value)})`;
}

/**
 * A deep copy of JSON data (scenarios are JSON by construction). `structuredClone` would do, but
 * it is not in the ES2022 lib the core is type-checked with.
 *
 * @example
 * const copy = cloneJson(getPreset('baseline').scenario); // mutable, unlike the frozen preset
 */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
