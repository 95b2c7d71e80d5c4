/**
 * `aed-gaps`: the AED waiver era, when many countries sent mail without advance data, and CBP's
 * answer of holding high-risk pieces that have none.
 */
import { presetFromBaseline, ruleById } from './fromBaseline.js';

/**
 * The `aed-gaps` preset.
 *
 * @example
 * getPreset('aed-gaps').scenario.mix.origins.find((o) => o.code === 'ROW')?.aedRate; // 0.3
 */
export const aedGaps = presetFromBaseline(
  {
    name: 'aed-gaps',
    summary: 'AED waivers: little advance data outside China and Hong Kong; hold high-risk pieces without AED',
    description:
      'AED waiver era: advance data on only 20% of pieces from other high-risk origins, 30% from the rest of the world and ' +
      '50% from the EU, so the risk score sees fewer parcels; every high-risk piece without AED is held for X-ray instead.',
  },
  (s) => {
    // docs/sources.md §4: 128-148 countries exempted from AED without the required approvals (2021-22); the rates are
    // assumptions. CN and HK keep theirs: 100% AED has been required from them since 2019 (§4).
    const rates: Record<string, number> = { OTHER_HR: 0.2, ROW: 0.3, EU: 0.5 };
    for (const o of s.mix.origins) o.aedRate = rates[o.code] ?? o.aedRate;
    ruleById(s, 'no-aed-hr').enabled = true;
  },
);
