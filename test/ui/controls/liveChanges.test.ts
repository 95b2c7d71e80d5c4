// Live edits of the scenario form: which become change requests, which need a restart, and the
// scenario as it stands after the changes made so far.
import { describe, expect, it } from 'vitest';
import { getPreset, type Scenario } from '../../../src/scenario/index.js';
import { changeWords, liveEdit, scenarioNow } from '../../../src/ui/controls/liveChanges.js';

const baseline = getPreset('baseline').scenario;

function edited(edit: (s: Scenario) => void, from: Scenario = baseline): Scenario {
  const s = structuredClone(from) as Scenario;
  edit(s);
  return s;
}

describe('live edits', () => {
  it('turns staffing, rule switches and thresholds into requests, one per rule', () => {
    const next = edited((s) => {
      s.stations.exam.officersByShift[1] = 3;
      const rule = s.targeting.rules.find((r) => r.id === 'aed-risk')!;
      rule.enabled = false;
      if (rule.when.kind === 'riskScore') rule.when.atLeast = 0.99;
    });
    expect(liveEdit(baseline, next)).toEqual({
      requests: [
        { kind: 'rule', rule: 'aed-risk', enabled: false, atLeast: 0.99 },
        { kind: 'officers', station: 'exam', shift: 1, officers: 3 },
      ],
      needRestart: [],
    });
  });

  it('names what needs a restart: lanes, prevalence, holds', () => {
    const next = edited((s) => {
      s.stations.exam.lanes = 4;
      s.contraband.fentanyl.perMillion = 9;
      s.stations.xray.officersByShift[0] = 1;
    });
    const e = liveEdit(baseline, next);
    expect(e.requests).toEqual([{ kind: 'officers', station: 'xray', shift: 0, officers: 1 }]);
    expect(e.needRestart.sort()).toEqual(['contraband.fentanyl.perMillion', 'stations.exam.lanes']);
  });

  it('compares with the scenario as it stands after the changes made so far', () => {
    const now = { ...baseline, changesDuringRun: [{ kind: 'officers' as const, atMinute: 400, station: 'exam' as const, shift: 0, officers: 2 }] };
    expect(scenarioNow(now).stations.exam.officersByShift).toEqual([2, 8]);
    expect(scenarioNow(now).changesDuringRun).toBeUndefined();
    expect(liveEdit(now, scenarioNow(now))).toEqual({ requests: [], needRestart: [] });
    const back = edited((s) => { s.stations.exam.officersByShift[0] = 8; }, scenarioNow(now));
    expect(liveEdit(now, back).requests).toEqual([{ kind: 'officers', station: 'exam', shift: 0, officers: 8 }]);
  });

  it('says each change with its day and time', () => {
    // On the header's clock: a live run opens at Day 1, 06:00 after a day and six hours of warm-up.
    expect(changeWords({ kind: 'officers', atMinute: 1440 + 421, station: 'exam', shift: 0, officers: 1 }, baseline)).toBe(`Day 1, 07:01: Exam tables, ${baseline.shifts[0].name} shift, 1 officer`);
    expect(changeWords({ kind: 'rule', atMinute: 1440 + 365, rule: 'aed-risk', enabled: true, atLeast: 0.99 }, baseline)).toBe('Day 1, 06:05: rule aed-risk switched on, threshold 0.99');
    // A run without a warm-up counts from its own midnight.
    expect(changeWords({ kind: 'officers', atMinute: 1440 + 421, station: 'exam', shift: 0, officers: 1 }, baseline, 0)).toBe(`Day 2, 07:01: Exam tables, ${baseline.shifts[0].name} shift, 1 officer`);
  });
});
