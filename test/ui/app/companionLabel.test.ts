// Run B's name: its differences from run A in the form's words.
import { describe, expect, it } from 'vitest';
import { getPreset, type Scenario } from '../../../src/scenario/index.js';
import { companionLabel } from '../../../src/ui/app/companionLabel.js';

const a = getPreset('baseline').scenario;

describe('companionLabel', () => {
  it('names the first two differences and counts the rest', () => {
    const b = structuredClone(a) as Scenario;
    expect(companionLabel(a, b)).toBe('the same scenario as this run');
    b.stations.exam.officersByShift[0] = 2;
    expect(companionLabel(a, b)).toBe('Exam tables: officers on the day shift → 2');
    b.stations.exam.officersByShift[1] = 3;
    b.targeting.rules[0].enabled = false;
    // In the scenario's order: rules come before stations.
    expect(companionLabel(a, b)).toMatch(/^Rule aed-risk: on → no; Exam tables: officers on the day shift → 2, and 1 more change$/);
  });
});
