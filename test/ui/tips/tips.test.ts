// The suggestions start real things: lessons that exist, and a change the model accepts.
import { describe, expect, it } from 'vitest';
import { getPreset, parseScenario } from '../../../src/scenario/index.js';
import { lessonById } from '../../../src/ui/lessons/lessons.js';
import { TIPS, withHalfTheExamOfficers } from '../../../src/ui/tips/tips.js';

describe('what to try', () => {
  it('offers three or four suggestions, each naming a lesson that exists or an action', () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(3);
    expect(TIPS.length).toBeLessThanOrEqual(4);
    for (const t of TIPS) if (t.action.kind === 'lesson') expect(lessonById(t.action.lesson), t.id).toBeDefined();
  });

  it('halves the exam officers of every shift, into a scenario the model accepts, without touching the preset', () => {
    const base = getPreset('baseline').scenario;
    const fewer = withHalfTheExamOfficers(base);
    expect(fewer.stations.exam.officersByShift).toEqual(base.stations.exam.officersByShift.map((n) => Math.max(1, Math.floor(n / 2))));
    expect(base.stations.exam.officersByShift).toEqual([8, 8]);
    expect(parseScenario(fewer).ok).toBe(true);
    expect(withHalfTheExamOfficers({ stations: { exam: { officersByShift: [1, 0, 3] } } }).stations.exam.officersByShift).toEqual([1, 0, 1]);
  });
});
