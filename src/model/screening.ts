/**
 * What each screening finds: the outcome event a parcel receives when its service ends, given
 * its hidden truth and one uniform draw from the parcel's own stream. Pure functions of
 * (scenario, parcel, u): the same parcel meets the same luck whatever the staffing.
 */
import { CONTRABAND_TYPES, type Scenario } from '../scenario/schema.js';
import { parcelLifecycle } from '../machines/index.js';

const E = parcelLifecycle.event;

export class Screening {
  private readonly xrayDetect: Float64Array;
  private readonly ctDetect: Float64Array;
  private readonly canineDetect: Float64Array;
  private readonly needsTest: Uint8Array;
  private readonly highPurity: Uint8Array;

  constructor(private readonly scenario: Scenario) {
    const st = scenario.stations;
    this.xrayDetect = Float64Array.from(CONTRABAND_TYPES, (t) => st.xray.detection[t]);
    this.ctDetect = Float64Array.from(CONTRABAND_TYPES, (t) => st.ct.detection[t]);
    // A dog can only alert on what it can smell.
    this.canineDetect = Float64Array.from(CONTRABAND_TYPES, (t) => (scenario.contraband[t].odour ? st.canine.detection[t] : 0));
    this.needsTest = Uint8Array.from(CONTRABAND_TYPES, (t) => (scenario.contraband[t].fieldTest ? 1 : 0));
    // docs/sources.md §6 (OIG-19-67): handheld screeners cannot identify fentanyl at 10% purity or less.
    this.highPurity = Uint8Array.from(CONTRABAND_TYPES, (t) => (scenario.contraband[t].purity > 0.1 ? 1 : 0));
  }

  /** X-ray image read: ALARM or CLEAR. `penalty` (0-1) is subtracted from the detection probability
   *  for a tired reader (the low-prevalence, time-on-task effect); false alarms are unchanged. */
  xray(type: number, u: number, penalty = 0): number {
    return (type >= 0 ? u < this.xrayDetect[type] - penalty : u < this.scenario.stations.xray.falseAlarm) ? E.ALARM : E.CLEAR;
  }

  ct(type: number, u: number): number {
    return (type >= 0 ? u < this.ctDetect[type] : u < this.scenario.stations.ct.falseAlarm) ? E.ALARM : E.CLEAR;
  }

  /** A sniff on the belt: true when the dog alerts. */
  canineAlert(type: number, u: number): boolean {
    return type >= 0 ? u < this.canineDetect[type] : u < this.scenario.stations.canine.falseAlert;
  }

  /** Opening the parcel: NOTHING_FOUND, FOUND (seize) or FOUND_NEEDS_TEST (chemicals). */
  exam(type: number, deep: boolean, u: number): number {
    if (type < 0) return E.NOTHING_FOUND;
    const ex = this.scenario.stations.exam;
    if (u >= (deep ? ex.deepDetectProbability : ex.detectProbability)) return E.NOTHING_FOUND;
    return this.needsTest[type] === 1 ? E.FOUND_NEEDS_TEST : E.FOUND;
  }

  /** A compliance exam: the parcel is taken apart, so concealment does not matter; the scenario
   *  gives one detection probability for it. */
  complianceExam(type: number, u: number): number {
    if (type < 0 || u >= this.scenario.targeting.compliance.detectProbability) return E.NOTHING_FOUND;
    return this.needsTest[type] === 1 ? E.FOUND_NEEDS_TEST : E.FOUND;
  }

  /** Handheld Raman/FTIR: TEST_POSITIVE, or else the lab (SEND_TO_LAB) or detention (DETAIN). */
  fieldTest(type: number, u: number): number {
    const ft = this.scenario.stations.fieldTest;
    const p = type < 0 ? 0 : this.highPurity[type] === 1 ? ft.positiveHighPurity : ft.positiveLowPurity;
    if (u < p) return E.TEST_POSITIVE;
    return this.scenario.stations.lab.onSite ? E.SEND_TO_LAB : E.DETAIN;
  }

  lab(type: number, u: number): number {
    return type >= 0 && u < this.scenario.stations.lab.detectProbability ? E.LAB_POSITIVE : E.LAB_NEGATIVE;
  }
}
