/**
 * Checks that need more than one field at a time, run after the schema has passed.
 *
 * The schema checks each value on its own (a share is within 0-1); these check that the values
 * agree with each other (the shares add up to 1, every station has one staffing entry per shift,
 * a rule's origin codes exist). Like the schema, they report every problem, not the first, each
 * with the path of the value a person would edit to fix it.
 */
import type { ScenarioError } from './errors.js';
import { LIMITS } from './limits.js';
import { QUEUE_STATIONS, type Scenario } from './schema.js';

/** How far a set of shares may stray from 1 (floating-point sums of decimals are inexact). */
export const SHARE_TOLERANCE = 1e-6;

/**
 * Every cross-field problem in a scenario that has already passed the schema; empty when none.
 *
 * Rules are checked for their names (origin codes, declared categories, ids) whether enabled or
 * not, since a typo is wrong either way; the "orders a station that is switched off" check applies
 * to enabled rules only, so that a preset can keep a disabled rule as a toggle.
 *
 * @example
 * crossFieldErrors(getPreset('baseline').scenario); // []
 */
export function crossFieldErrors(s: Scenario): ScenarioError[] {
  return [...shareErrors(s), ...uniquenessErrors(s), ...staffingErrors(s), ...ruleErrors(s), ...overtimeErrors(s),
    ...prevalenceErrors(s), ...breakErrors(s), ...runChangeErrors(s)];
}

/** All contraband types together cannot be carried by more than every piece. */
function prevalenceErrors(s: Scenario): ScenarioError[] {
  const total = Object.values(s.contraband).reduce((a, k) => a + k.perMillion, 0);
  if (total <= LIMITS.perMillion) return [];
  return [{ path: 'contraband', message: `perMillion values sum to ${roundForDisplay(total)}: at most 1,000,000 (every piece) in total` }];
}

/** A break is taken within its shift. */
function breakErrors(s: Scenario): ScenarioError[] {
  return s.shifts.flatMap((sh, i) => sh.breakMinutes < sh.hours * 60 ? [] : [{
    path: `shifts.${i}.breakMinutes`,
    message: `a break of ${roundForDisplay(sh.breakMinutes)} min does not fit in a ${roundForDisplay(sh.hours)}-hour shift: it must be shorter than the shift`,
  }]);
}

/** Overtime must end before the officer's own shift comes round again the next day. */
function overtimeErrors(s: Scenario): ScenarioError[] {
  const longest = Math.max(...s.shifts.map((sh) => sh.hours));
  if (s.overtime.maxHours + longest <= 24) return [];
  return [{ path: 'overtime.maxHours', message: `with the longest shift of ${longest} h, overtime can be at most ${24 - longest} h (a shift and its overtime must fit in a day)` }];
}

function shareErrors(s: Scenario): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const check = (path: string, what: string, values: number[]): void => {
    const sum = values.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
      errors.push({ path, message: `${what} sum to ${roundForDisplay(sum)}, must sum to 1` });
    }
  };
  check('mix.origins', 'shares', s.mix.origins.map((o) => o.share));
  check('mix.mailTypes', 'shares', s.mix.mailTypes.map((m) => m.share));
  check('mix.declared', 'cleanShare values', s.mix.declared.map((d) => d.cleanShare));
  check('mix.declared', 'contrabandShare values', s.mix.declared.map((d) => d.contrabandShare));
  return errors;
}

function uniquenessErrors(s: Scenario): ScenarioError[] {
  return [
    ...duplicates(s.mix.origins.map((o) => o.code), 'mix.origins', 'code', 'origin code'),
    ...duplicates(s.mix.mailTypes.map((m) => m.name), 'mix.mailTypes', 'name', 'mail type'),
    ...duplicates(s.mix.declared.map((d) => d.name), 'mix.declared', 'name', 'declared category'),
    ...duplicates(s.shifts.map((sh) => sh.name), 'shifts', 'name', 'shift name'),
    ...duplicates(s.targeting.rules.map((r) => r.id), 'targeting.rules', 'id', 'rule id'),
  ];
}

/** One error per repeated value, on the later occurrence, naming where it was first used. */
function duplicates(values: string[], listPath: string, field: string, what: string): ScenarioError[] {
  const first = new Map<string, number>();
  const errors: ScenarioError[] = [];
  values.forEach((v, i) => {
    const j = first.get(v);
    if (j === undefined) first.set(v, i);
    else errors.push({ path: `${listPath}.${i}.${field}`, message: `duplicate ${what} '${v}' (also at ${listPath}.${j})` });
  });
  return errors;
}

function staffingErrors(s: Scenario): ScenarioError[] {
  const shifts = s.shifts.length;
  const names = s.shifts.map((sh) => sh.name).join(', ');
  const errors: ScenarioError[] = [];
  const check = (path: string, entries: number): void => {
    if (entries !== shifts) {
      errors.push({ path, message: `needs one entry per shift (${shifts}: ${names}), got ${entries}` });
    }
  };
  for (const name of QUEUE_STATIONS) {
    check(`stations.${name}.officersByShift`, s.stations[name].officersByShift.length);
  }
  check('stations.canine.teamsByShift', s.stations.canine.teamsByShift.length);
  return errors;
}

function ruleErrors(s: Scenario): ScenarioError[] {
  const origins = [...new Set(s.mix.origins.map((o) => o.code))];
  const declared = [...new Set(s.mix.declared.map((d) => d.name))];
  const errors: ScenarioError[] = [];
  const checkDeclared = (names: string[], path: string): void => {
    names.forEach((name, k) => {
      if (!declared.includes(name)) {
        errors.push({ path: `${path}.${k}`, message: `unknown declared category '${name}'; mix.declared has: ${declared.join(', ')}` });
      }
    });
  };
  s.targeting.rules.forEach((rule, i) => {
    const at = `targeting.rules.${i}`;
    const station = s.stations[rule.order];
    if (rule.enabled && !station.enabled) {
      errors.push({ path: `${at}.order`, message: `orders ${rule.order}, but stations.${rule.order} is disabled` });
    } else if (rule.enabled && station.lanes === 0) {
      errors.push({ path: `${at}.order`, message: `orders ${rule.order}, but stations.${rule.order} has 0 lanes` });
    }
    const when = rule.when;
    if (when.kind === 'origin') {
      when.in.forEach((code, k) => {
        if (!origins.includes(code)) {
          errors.push({ path: `${at}.when.in.${k}`, message: `unknown origin '${code}'; mix.origins has: ${origins.join(', ')}` });
        }
      });
    } else if (when.kind === 'declared') {
      checkDeclared(when.in, `${at}.when.in`);
    } else if (when.kind === 'riskScore' && when.declared !== undefined) {
      checkDeclared(when.declared, `${at}.when.declared`);
    }
  });
  return errors;
}

/** A change during the run names a shift, a station that works and a rule that exist, and a
 *  threshold only for a rule that has one. */
function runChangeErrors(s: Scenario): ScenarioError[] {
  const errors: ScenarioError[] = [];
  (s.changesDuringRun ?? []).forEach((c, i) => {
    const at = `changesDuringRun.${i}`;
    if (c.kind === 'officers') {
      if (c.shift >= s.shifts.length) errors.push({ path: `${at}.shift`, message: `there is no shift ${c.shift}: shifts are numbered 0 to ${s.shifts.length - 1}` });
      if (!s.stations[c.station].enabled) errors.push({ path: `${at}.station`, message: `stations.${c.station} is disabled, so its staffing cannot change` });
      return;
    }
    const rule = s.targeting.rules.find((r) => r.id === c.rule);
    if (rule === undefined) {
      errors.push({ path: `${at}.rule`, message: `unknown rule '${c.rule}'; targeting.rules has: ${s.targeting.rules.map((r) => r.id).join(', ')}` });
      return;
    }
    if (c.atLeast !== undefined && rule.when.kind !== 'riskScore' && rule.when.kind !== 'signature') {
      errors.push({ path: `${at}.atLeast`, message: `rule '${c.rule}' has no threshold (it is a ${rule.when.kind} rule)` });
    }
    const station = s.stations[rule.order];
    if (c.enabled === true && (!station.enabled || station.lanes === 0)) {
      errors.push({ path: `${at}.enabled`, message: `rule '${c.rule}' orders ${rule.order}, but stations.${rule.order} ${station.enabled ? 'has 0 lanes' : 'is disabled'}` });
    }
  });
  return errors;
}

/** 0.8999999999999999 reads as 0.9; a real mistake (0.95) still shows in full. */
function roundForDisplay(x: number): string {
  return String(Number(x.toPrecision(10)));
}
