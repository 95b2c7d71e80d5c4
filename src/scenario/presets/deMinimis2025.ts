/**
 * `de-minimis-2025`: the facility after the end of the de minimis exemption for postal items.
 *
 * Since 29 Aug 2025 every postal item owes duty (Executive Order 14324; gifts up to $100 excepted),
 * collected by the carrier or a CBP-approved qualified party. The Universal Postal Union reported
 * an 80-81% drop in postal traffic to the US at the start; dozens of posts suspended goods parcels
 * and several came back through prepaid-duty (PDDP) services, while letters, documents and small
 * gifts kept moving (docs/sources.md §9). What that does to this model, and which numbers are
 * assumptions:
 * - Volume: 300,000 → 120,000 pieces a day, −60%: the UPU's −80% at the start (sourced) with a partial
 *   recovery through prepaid-duty services (the size of the recovery is an assumption).
 * - Mix: goods fall and documents and gifts rise (direction sourced, §9; sizes assumption): packets
 *   60% → 40% of pieces; declared goods 70% → 45% of clean pieces, gifts 12% → 22%, documents 10% → 25%.
 *   Smugglers follow the exemptions (assumption): contraband declared as gifts 15% → 30%, as goods 55% → 40%.
 * - Origins: European posts suspended goods parcels (sourced, §9), so Europe's share falls (8% → 5%) and
 *   China's rises (75% → 78%) (sizes assumption).
 * - Advance data: duty-paid goods need electronic data, so coverage becomes near-universal (direction
 *   sourced, §9; rates assumption).
 * - Officer work: checking the duty paid adds a minute to each exam (assumption; duty is collected by
 *   the carrier or qualified party, outside this model).
 * Prevalence per piece, staffing and targeting are the baseline's: whether smugglers moved to express
 * carriers (§9: express takes diverted goods) is exactly what nobody knows; the compliance sample is
 * how a facility would find out.
 */
import { presetFromBaseline } from './fromBaseline.js';

/** Sets the share of the named entry of a list of { name | code, share }-like entries. */
function setShare<T extends { share: number }>(list: T[], key: (x: T) => string, name: string, share: number): void {
  const entry = list.find((x) => key(x) === name);
  if (entry === undefined) throw new Error(`de-minimis-2025: no entry '${name}'`);
  entry.share = share;
}

/**
 * The `de-minimis-2025` preset (the reasoning is in the file header).
 *
 * @example
 * getPreset('de-minimis-2025').scenario.arrivals; // { kind: 'flights', piecesPerDay: 120000, ... }
 */
export const deMinimis2025 = presetFromBaseline(
  {
    name: 'de-minimis-2025',
    summary: 'After de minimis ended (Aug 2025): 120,000 pieces a day, fewer goods, near-universal advance data',
    description:
      'The facility after the end of the de minimis exemption for postal items (29 Aug 2025): volume down 60% after an ' +
      'initial drop of about 80%, fewer packets and goods, more documents and gifts, fewer pieces from Europe, advance ' +
      'data on nearly every piece, and a minute more per exam to check the duty paid. Staffing, targeting and ' +
      'prevalence per piece are the baseline\'s.',
  },
  (s) => {
    if (s.arrivals.kind !== 'flights') throw new Error('de-minimis-2025: the baseline arrives by flights');
    s.arrivals.piecesPerDay = 120_000; // docs/sources.md §9: UPU −80-81% at the start; −60% with recovery (assumption).
    const origins = s.mix.origins;
    const code = (o: (typeof origins)[number]) => o.code;
    setShare(origins, code, 'CN', 0.78); // assumption: the posts that suspended goods were mostly not China's.
    setShare(origins, code, 'EU', 0.05); // docs/sources.md §9: 22 European posts suspended goods parcels.
    for (const o of origins) o.aedRate = Math.max(o.aedRate, o.highRisk ? 0.98 : 0.95); // §9: duty needs data (rates assumption).
    const name = (x: { name: string }) => x.name;
    setShare(s.mix.mailTypes, name, 'packet', 0.4); // §9: goods fall (size assumption).
    setShare(s.mix.mailTypes, name, 'flat', 0.6);
    const declared = s.mix.declared;
    const set = (n: string, clean: number, bad: number) => {
      const d = declared.find((x) => x.name === n);
      if (d === undefined) throw new Error(`de-minimis-2025: no declared category '${n}'`);
      d.cleanShare = clean;
      d.contrabandShare = bad;
    };
    // docs/sources.md §9: documents and gifts up to $100 kept moving (shares assumption).
    set('goods', 0.45, 0.4);
    set('gift', 0.22, 0.3);
    set('documents', 0.25, 0.02);
    set('medicine', 0.08, 0.28);
    const exam = s.stations.exam.serviceMinutes;
    if (exam.kind !== 'triangular') throw new Error('de-minimis-2025: the baseline exam time is triangular');
    s.stations.exam.serviceMinutes = { kind: 'triangular', min: exam.min + 1, mode: exam.mode + 1, max: exam.max + 1 }; // assumption
  },
);
