/**
 * Which edits of the scenario form can be made while the run goes, and as what: staffing (officers
 * of a station in a shift), a rule switched on or off, a rule's threshold. Anything else changes
 * the facility or the mail itself and needs a restart.
 *
 * The form shows the scenario as it stands after the changes made so far (`scenarioNow`); an edit
 * is compared with that, and each difference becomes a change request for the worker, which gives
 * it its minute (docs/model.md, "Changes during a run").
 */
import { QUEUE_STATIONS, type QueueStationName, type RunChange, type RunChangeRequest, type Scenario } from '../../scenario/index.js';
import { scenarioChanges } from '../share/scenarioChanges.js';
import { STATION_LABELS } from './scenarioForm.js';
import { formatSimClock } from '../format/simClock.js';
import { LIVE_WARMUP_DAYS } from '../../model/liveRun.js';

/** The requests that turn `now` into `next`, and the settings (paths) that would need a restart. */
export interface LiveEdit {
  requests: RunChangeRequest[];
  needRestart: string[];
}

const OFFICERS = /^stations\.(\w+)\.officersByShift\.(\d+)$/;
const RULE = /^targeting\.rules\.(\d+)\.(enabled|when\.atLeast)$/;

/**
 * The scenario with every change during the run applied, as it stands once they have all been made
 * (the list itself left out): what the form shows, and what "Apply and restart" starts from.
 *
 * @example
 * scenarioNow({ ...baseline, changesDuringRun: [{ kind: 'officers', atMinute: 60, station: 'exam', shift: 0, officers: 2 }] })
 *   .stations.exam.officersByShift; // [2, 8]
 */
export function scenarioNow(scenario: Scenario): Scenario {
  const { changesDuringRun: changes, ...rest } = scenario;
  if (changes === undefined || changes.length === 0) return rest;
  const out = structuredClone(rest) as Scenario;
  for (const c of changes) {
    if (c.kind === 'officers') {
      out.stations[c.station].officersByShift[c.shift] = c.officers;
      continue;
    }
    const rule = out.targeting.rules.find((r) => r.id === c.rule);
    if (rule === undefined) continue;
    if (c.enabled !== undefined) rule.enabled = c.enabled;
    if (c.atLeast !== undefined && (rule.when.kind === 'riskScore' || rule.when.kind === 'signature')) rule.when.atLeast = c.atLeast;
  }
  return out;
}

/**
 * The live change requests for going from `now` (the scenario as it stands) to `next` (the form's).
 *
 * @example
 * liveEdit(now, { ...now, stations: { ...now.stations, exam: { ...now.stations.exam, officersByShift: [3, 8] } } });
 * // { requests: [{ kind: 'officers', station: 'exam', shift: 0, officers: 3 }], needRestart: [] }
 */
export function liveEdit(now: Scenario, next: Scenario): LiveEdit {
  const requests: RunChangeRequest[] = [];
  const needRestart: string[] = [];
  const rules = new Map<string, Extract<RunChangeRequest, { kind: 'rule' }>>();
  for (const [path, value] of Object.entries(scenarioChanges(scenarioNow(now), scenarioNow(next)))) {
    const officers = OFFICERS.exec(path);
    if (officers !== null && (QUEUE_STATIONS as readonly string[]).includes(officers[1]) && typeof value === 'number') {
      requests.push({ kind: 'officers', station: officers[1] as QueueStationName, shift: Number(officers[2]), officers: value });
      continue;
    }
    const rule = RULE.exec(path);
    if (rule !== null) {
      const id = next.targeting.rules[Number(rule[1])].id;
      let request = rules.get(id);
      if (request === undefined) {
        request = { kind: 'rule', rule: id };
        rules.set(id, request);
        requests.push(request);
      }
      if (rule[2] === 'enabled') request.enabled = value as boolean;
      else request.atLeast = value as number;
      continue;
    }
    needRestart.push(path);
  }
  return { requests, needRestart };
}

/**
 * A change during the run in words, with its time on the header's clock: "Day 1, 07:01: Exam
 * tables, day shift, 2 officers". `statsStart` is the run's opening, seconds (the app's live runs
 * open at 06:00 after a warm-up, model/liveRun.ts; the change's minute counts from the warm-up's start).
 */
export function changeWords(c: RunChange, scenario: Scenario, statsStart = LIVE_WARMUP_DAYS * 86_400): string {
  const when = formatSimClock(c.atMinute * 60, statsStart);
  if (c.kind === 'officers') {
    const shift = scenario.shifts[c.shift]?.name ?? `shift ${c.shift + 1}`;
    return `${when}: ${STATION_LABELS[c.station]}, ${shift} shift, ${c.officers} ${c.officers === 1 ? 'officer' : 'officers'}`;
  }
  const parts = [c.enabled === undefined ? null : c.enabled ? 'switched on' : 'switched off', c.atLeast === undefined ? null : `threshold ${c.atLeast}`];
  return `${when}: rule ${c.rule} ${parts.filter((p) => p !== null).join(', ')}`;
}
