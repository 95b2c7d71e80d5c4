// The text summary's lines for the trade-off: released unscreened, holds refused, wait-limit
// releases, the compliance estimate with its interval (or its upper bound when nothing was found),
// hits per 1,000 pulled, seized weight in pounds and kilograms, landing-to-release and pulled-parcel
// times, screening delay and cost, each with its unit; and a one-line warning only where a number
// rests on few events.
import { describe, expect, it } from 'vitest';
import { FEW_COMPLIANCE_FINDS, FEW_SEIZURES, formatText } from '../../src/cli/formatText.js';
import { runScenario, type RunResults } from '../../src/model/index.js';
import { getPreset } from '../../src/scenario/index.js';

const real = runScenario(getPreset('baseline').scenario, { seed: 1, days: 1 });

/** The real run with some fields replaced, as the model will fill them. */
function results(change: (r: RunResults) => void = () => {}): RunResults {
  const r = structuredClone(real);
  r.parcels.releasedUnscreened = 1234;
  r.contraband.missedUnscreened = 2;
  r.contraband.seizedGramsByType.fentanyl = 907.18474; // 2 lb
  r.contraband.seizedByType.fentanyl = Math.max(1, r.contraband.seizedByType.fentanyl);
  r.contraband.arrivedByType.fentanyl = Math.max(1, r.contraband.arrivedByType.fentanyl);
  r.interdiction.holdsRefused = 56;
  r.interdiction.waitLimitReleases = 789;
  r.interdiction.compliance = { sampled: 42_000, examined: 42_000, withContraband: 4, prevalencePerMillion: 95.2, low: 12.4, high: 340.1 };
  r.throughput.landingToRelease = { meanHours: 8.123, p50Hours: 7.5, p95Hours: 14.25 };
  r.throughput.pulledDwell = { meanHours: 3.5, p50Hours: 2.25, p95Hours: 11 };
  r.throughput.screeningDelayParcelHours = 12_345.6;
  r.cost = { officerHours: 250, overtimeHours: 10, dollars: 28_750, dollarsPerSeizure: 9583.33 };
  r.stations.exam.releasedUnscreened = 789;
  change(r);
  return r;
}

/** The text line that starts with `label` (after the indent), or undefined. */
const line = (text: string, label: string): string | undefined => text.split('\n').find((l) => l.trimStart().startsWith(label));

describe('formatText', () => {
  it('shows the parcels and contraband released unscreened because of a backlog limit', () => {
    const text = formatText(results());
    expect(line(text, 'released unscreened')).toMatch(/^ {2}released unscreened\s+1,234\s+parcels\s+of those: pulled/);
    expect(line(text, 'missed unscreened')).toMatch(/missed unscreened\s+2\s+parcels/);
  });

  it('shows holds refused and wait-limit releases in parcels', () => {
    const text = formatText(results());
    expect(line(text, 'holds refused')).toMatch(/holds refused\s+56\s+parcels\s+the postal hold area was full/);
    expect(line(text, 'wait-limit releases')).toMatch(/wait-limit releases\s+789\s+parcels/);
  });

  it('gives the compliance estimate per million with its 95% interval', () => {
    const text = formatText(results((r) => (r.interdiction.compliance.withContraband = 12)));
    expect(text).toContain('\nCompliance sample\n');
    expect(line(text, 'examined')).toMatch(/examined\s+42,000\s+parcels\s+drawn at random/);
    expect(line(text, 'prevalence')).toMatch(/prevalence\s+95\s+per million\s+95% interval 12–340$/);
    expect(text).not.toContain('few finds');
  });

  it('says plainly when the compliance sample found nothing, with the upper bound', () => {
    const text = formatText(results((r) => (r.interdiction.compliance = { sampled: 42_000, examined: 42_000, withContraband: 0, prevalencePerMillion: 0, low: 0, high: 87.8 })));
    expect(line(text, 'prevalence')).toMatch(/prevalence\s+none found\s+at most 88 per million \(95% upper bound\)$/);
  });

  it('warns when the compliance estimate rests on fewer than 5 finds, and only then', () => {
    expect(FEW_COMPLIANCE_FINDS).toBe(5);
    expect(formatText(results())).toContain('\n  few finds (4): a wide interval; run replications or longer runs to narrow it\n');
    expect(formatText(results((r) => (r.interdiction.compliance.withContraband = 5)))).not.toContain('few finds');
  });

  it('says so when there is no compliance sample', () => {
    const text = formatText(results((r) => (r.interdiction.compliance = { sampled: 0, examined: 0, withContraband: 0, prevalencePerMillion: 0, low: 0, high: 0 })));
    expect(text).toContain('(no compliance sample: no prevalence estimate)');
    expect(line(text, 'prevalence')).toBeUndefined();
  });

  it('gives each rule its seizures per 1,000 parcels pulled', () => {
    const text = formatText(results((r) => (r.interdiction.rules[0] = { ...r.interdiction.rules[0], pulled: 500, hits: 3, hitRate: 0.006, hitsPerThousandPulled: 6 })));
    expect(text).toContain('hits per 1,000 pulled');
    expect(line(text, 'aed-risk')).toMatch(/\s6\.0$/); // baseline's first rule
  });

  it('gives the weight seized per type in pounds and kilograms', () => {
    const text = formatText(results());
    expect(text).toMatch(/seized \(lb\)\s+seized \(kg\)/);
    expect(line(text, 'fentanyl')).toMatch(/\s2\.00\s+0\.91$/);
  });

  it('gives landing-to-release and pulled-parcel times, the standard and the screening delay with units', () => {
    const text = formatText(results());
    expect(line(text, 'landing to release, mean')).toMatch(/8\.12\s+h\s+every released parcel, from its flight's landing/);
    expect(line(text, 'landing to release, median')).toMatch(/7\.50\s+h$/);
    expect(line(text, 'landing to release, 95th percentile')).toMatch(/14\.25\s+h$/);
    expect(line(text, "pulled parcels' time, mean")).toMatch(/3\.50\s+h\s+from the pull to leaving/);
    expect(line(text, "pulled parcels' time, median")).toMatch(/2\.25\s+h$/);
    expect(line(text, "pulled parcels' time, 95th percentile")).toMatch(/11\.00\s+h$/);
    expect(line(text, 'within standard')).toMatch(/%\s+released within 24 h of tender; parcels still inside past it count as late/);
    expect(line(text, 'screening delay')).toMatch(/12,345\.6\s+parcel-hours/);
    expect(text).not.toMatch(/dwell/);
  });

  it('ends with the cost: officer-hours, overtime, dollars and dollars per seizure', () => {
    const text = formatText(results());
    const cost = text.slice(text.indexOf('\nCost\n'));
    expect(line(cost, 'officer-hours')).toMatch(/250\.0\s+h/);
    expect(line(cost, 'overtime')).toMatch(/10\.0\s+h/);
    expect(line(cost, 'cost ')).toMatch(/28,750\s+US dollars/);
    expect(line(cost, 'cost per seizure')).toMatch(/9,583\s+US dollars$/);
    const none = formatText(results((r) => (r.parcels.seized = 0)));
    expect(line(none.slice(none.indexOf('\nCost\n')), 'cost per seizure')).toMatch(/-\s+US dollars\s+nothing was seized$/);
  });

  it('counts the parcels each station released unscreened', () => {
    const text = formatText(results());
    expect(text).toContain('released unscreened   officer-hours (h)');
    expect(line(text, 'exam ')).toMatch(/\s789\s+128\.0$/);
  });

  it(`warns under the interdiction rate when it rests on fewer than ${FEW_SEIZURES} seizures`, () => {
    const few = formatText(results((r) => (r.contraband.seized = 7)));
    expect(few).toMatch(/interdiction rate[^\n]+\n {2}few seizures \(7\): run replications for an interval\n/);
    expect(formatText(results((r) => (r.contraband.seized = FEW_SEIZURES)))).not.toContain('few seizures');
  });

  it('does not warn about seizures when no contraband left the facility (there is no rate)', () => {
    const text = formatText(results((r) => Object.assign(r.contraband, { seized: 0, missed: 0, detained: 0 })));
    expect(text).not.toContain('few seizures');
  });
});

