/**
 * The floor plan of the facility view: where each area sits in a fixed logical space
 * (PLAN_WIDTH x PLAN_HEIGHT, letterboxed into the canvas by FacilityView), and where each
 * pulled parcel may stand in it.
 *
 * Mail flows left to right. Top row: flights' receptacles at the dock, the postal induction
 * lines, the targeting split and the held area (the postal service searching for targeted
 * parcels), with the release to the postal service at the right. Middle row: the sort belt,
 * with the canine run, carrying the unpulled parcels to the exit. Bottom row: the screening
 * stations (X-ray, CT, exam tables, field-test bench, lab, seizure cage).
 *
 * Every parcel lifecycle state has a zone (a rectangle with slot positions): queues fill a grid
 * row by row from the front, service states have one slot per lane, table or desk. What does not
 * fit is counted in a "+N" label at the zone's `overflowAt`. The plan is a pure function of the
 * few counts that change its shape (lanes, officers, induction lines, dog teams), so the view
 * recomputes it only when one of them changes, and tests can check it without a canvas.
 */
import type { ParcelState } from '../machines/parcel.js';
import type { FacilitySnapshot } from '../model/snapshot.js';
import type { QueueStationName } from '../model/snapshot.js';
import { gridSlots, inset, splitColumns, type Point, type Rect } from './geometry.js';
import { lineHeight } from './textSizes.js';

export type { Point, Rect } from './geometry.js';

/** Width of the logical plan, in plan units. */
export const PLAN_WIDTH = 1600;
/**
 * Height of the logical plan, in plan units. 2:1 rather than a screen's 16:9: beside the side
 * panel the canvas has about that shape (812 x 400 CSS pixels at 1280x720), so the plan fills it
 * instead of being letterboxed smaller.
 */
export const PLAN_HEIGHT = 800;
/** Distance between neighbouring parcel dots in a queue; a dot's radius is 3. */
export const SLOT_PITCH = 8;
/** Offset of an area's title from its top left corner. */
export const TITLE_INSET = { x: 10, y: 8 } as const;
/**
 * Vertical offset, from a region's top, of its lines of figures under the title (a line is
 * `lineHeight('info')` tall). A station's state badge takes the first line, its figures the next two.
 */
export const INFO_LINE_Y = [44, 73, 102] as const;

/** Names of the areas on the plan. Station areas are named after their station. */
export type RegionId = 'dock' | 'induction' | 'targeting' | 'held' | 'belt' | 'canine' | 'exit' | 'lab' | QueueStationName;

/** One area of the floor. */
export interface Region {
  id: RegionId;
  /** Title shown at its top left. */
  label: string;
  rect: Rect;
  /** The station drawn here, or null. */
  station: QueueStationName | null;
  /** The parcel state that a click on the area selects (its main state). */
  state: ParcelState;
}

/** Where parcels in one lifecycle state stand. */
export interface Zone {
  state: ParcelState;
  region: RegionId;
  rect: Rect;
  /** 'queue': dots keep their order and close up as the front leaves; 'pool': dots stay put. */
  kind: 'queue' | 'pool';
  /** Dot centres, front of the queue first. */
  slots: Point[];
  /** Right end of the baseline of the "+N" label for parcels that do not fit. */
  overflowAt: Point;
}

/** The fixed furniture of one screening station. */
export interface StationPlan {
  name: QueueStationName;
  /** One box per lane, table or desk. */
  lanes: Rect[];
  /** Centres of the officer markers, one per officer assigned to the station. */
  officerSlots: Point[];
  /** Top left of the state badge's word (CLOSED, IDLE, SERVING): on its own line under the title. */
  badgeAt: Point;
  queueState: ParcelState;
  serviceState: ParcelState;
}

/** The whole floor plan. */
export interface FloorPlan {
  width: number;
  height: number;
  regions: Region[];
  zones: Record<ParcelState, Zone>;
  stations: Record<QueueStationName, StationPlan>;
  /** Receptacle boxes at the dock, bottom row first (a stack grows upwards). */
  receptacleBoxes: Rect[];
  /** Rows at the top of the dock for the flights that landed in the last hour, newest first. */
  flightRows: Rect[];
  /** One box per induction line. */
  inductionLines: Rect[];
  /** Centres of the dog-team markers along the canine run. */
  dogSlots: Point[];
  /** The sort belt's centre line, from the induction lines to the exit. */
  belt: Point[];
  /** The hand-off to the postal service at the end of the belt. */
  exitBin: Rect;
}

/** The counts that change the plan's shape. */
export interface LayoutInput {
  lanes: Record<QueueStationName, number>;
  officers: Record<QueueStationName, number>;
  inductionLines: number;
  dogs: number;
}

const MARGIN = 12;
const GAP = 12;
const ROW1: [number, number] = [12, 276];
const ROW2: [number, number] = [300, 110];
const ROW3: [number, number] = [422, 366];
/** Content of an area starts below its title and two lines of figures... */
const CONTENT_TOP = INFO_LINE_Y[2] + 4;
/** ... and of a station below its title, its badge and two lines of figures. */
const STATION_CONTENT_TOP = INFO_LINE_Y[2] + lineHeight('info') + 4;
/** Flights listed at the dock (at most: a wave lands three or four an hour), and each row's height. */
const FLIGHT_ROWS = 3;
const FLIGHT_ROW_H = Math.max(24, lineHeight('info'));
/** Strip at the bottom of a region kept for the "+N" overflow label. */
const OVERFLOW_STRIP = lineHeight('count') + 2;
const LANE_HEIGHT = 40;
/** Officer figures are about 16 x 24 units (8 x 12 CSS pixels at 1280x720). */
const OFFICER_PITCH = 22;
const OFFICER_ROW = 28;
/** The belt's centre line, in plan units from the top: the middle of the middle row. */
const BELT_Y = ROW2[0] + ROW2[1] / 2;

const STATION_ORDER: readonly QueueStationName[] = ['xray', 'ct', 'exam', 'fieldTest', 'seizure'];
const STATION_LABEL: Record<QueueStationName, string> = {
  xray: 'X-ray', ct: 'CT scanner', exam: 'Exam tables', fieldTest: 'Field test', seizure: 'Seizure cage',
};
const QUEUE_STATE: Record<QueueStationName, ParcelState> = {
  xray: 'xrayQueue', ct: 'ctQueue', exam: 'examQueue', fieldTest: 'fieldTestQueue', seizure: 'seizureQueue',
};
const SERVICE_STATE: Record<QueueStationName, ParcelState> = {
  xray: 'xray', ct: 'ct', exam: 'exam', fieldTest: 'fieldTest', seizure: 'seizureProcessing',
};
/**
 * Widths of the bottom-row areas; the exam tables take what is left. Each is wide enough for its
 * lines of figures at full size (no word on the floor is squeezed below TEXT_SIZE).
 */
const BOTTOM_WIDTHS: Record<'xray' | 'ct' | 'fieldTest' | 'lab' | 'seizure', number> = {
  xray: 240, ct: 250, fieldTest: 235, lab: 215, seizure: 245,
};

/**
 * The layout counts of a snapshot.
 *
 * @example
 * computeLayout(layoutInputOf(snapshot)).zones.held.slots.length; // how many held dots fit
 */
export function layoutInputOf(s: FacilitySnapshot): LayoutInput {
  const lanes = {} as Record<QueueStationName, number>;
  const officers = {} as Record<QueueStationName, number>;
  for (const name of STATION_ORDER) {
    const st = s.stations.find((x) => x.name === name);
    lanes[name] = st?.lanes ?? 0;
    officers[name] = st?.officers.length ?? 0;
  }
  return { lanes, officers, inductionLines: s.dock.lines, dogs: s.canine.length };
}

/**
 * A string that changes exactly when the plan would, for cheap "do I need a new plan?" checks.
 *
 * @example
 * if (layoutKey(next) !== layoutKey(current)) plan = computeLayout(next);
 */
export function layoutKey(i: LayoutInput): string {
  return [i.inductionLines, i.dogs, ...STATION_ORDER.map((n) => `${i.lanes[n]}/${i.officers[n]}`)].join(',');
}

/**
 * Computes the floor plan.
 *
 * @example
 * const plan = computeLayout({ lanes: { xray: 2, ct: 1, exam: 10, fieldTest: 2, seizure: 2 },
 *   officers: { xray: 8, ct: 2, exam: 16, fieldTest: 2, seizure: 2 }, inductionLines: 6, dogs: 2 });
 * plan.zones.examQueue.region; // 'exam'
 */
export function computeLayout(input: LayoutInput): FloorPlan {
  const regions: Region[] = [];
  const zones = {} as Record<ParcelState, Zone>;
  const add = (id: RegionId, label: string, rect: Rect, state: ParcelState, station: QueueStationName | null = null): Rect => {
    regions.push({ id, label, rect, station, state });
    return rect;
  };
  const pool = (state: ParcelState, region: RegionId, rect: Rect, overflowAt: Point): void => {
    zones[state] = { state, region, rect, kind: 'pool', slots: gridSlots(rect, SLOT_PITCH), overflowAt };
  };
  const bottomRight = (r: Rect): Point => ({ x: r.x + r.w - 10, y: r.y + r.h - 6 });
  const belowContent = (r: Rect, top: number): Rect => inset({ x: r.x, y: top, w: r.w, h: r.y + r.h - OVERFLOW_STRIP - top }, 6);

  // Top and middle rows.
  const dock = add('dock', 'Flights in', { x: MARGIN, y: ROW1[0], w: 270, h: ROW2[0] + ROW2[1] - ROW1[0] }, 'awaitingInduction');
  const induction = add('induction', 'Induction lines', { x: 294, y: ROW1[0], w: 250, h: ROW1[1] }, 'awaitingInduction');
  add('targeting', 'Targeting', { x: 556, y: ROW1[0], w: 230, h: ROW1[1] }, 'awaitingInduction');
  const held = add('held', 'Held: postal service searching', { x: 798, y: ROW1[0], w: 508, h: ROW1[1] }, 'held');
  const exit = add('exit', 'To postal service', { x: 1318, y: ROW1[0], w: PLAN_WIDTH - MARGIN - 1318, h: ROW2[0] + ROW2[1] - ROW1[0] }, 'released');
  add('belt', 'Sort belt', { x: 294, y: ROW2[0], w: 680, h: ROW2[1] }, 'released');
  const canine = add('canine', 'Canine run', { x: 986, y: ROW2[0], w: 320, h: ROW2[1] }, 'released');

  const flightRows = Array.from({ length: FLIGHT_ROWS }, (_, i): Rect => ({ x: dock.x + 8, y: dock.y + CONTENT_TOP - 6 + i * FLIGHT_ROW_H, w: dock.w - 16, h: FLIGHT_ROW_H }));
  const boxTop = dock.y + CONTENT_TOP + FLIGHT_ROWS * FLIGHT_ROW_H;
  const boxArea = inset({ x: dock.x, y: boxTop, w: dock.w, h: dock.y + dock.h - OVERFLOW_STRIP - boxTop }, 8);
  const receptacleBoxes = stackedBoxes(boxArea, 24, 17, 4);

  const lineStrip = inset({ x: induction.x, y: induction.y + CONTENT_TOP, w: induction.w, h: 50 }, 6);
  const inductionLines = splitColumns(lineStrip, Math.max(0, input.inductionLines), input.inductionLines > 8 ? 3 : 6);
  const awaiting = belowContent(induction, lineStrip.y + lineStrip.h + 8);
  pool('awaitingInduction', 'induction', awaiting, bottomRight(induction));

  pool('held', 'held', belowContent(held, held.y + CONTENT_TOP - 6), bottomRight(held));

  const exitBin: Rect = { x: exit.x + 14, y: BELT_Y - 22, w: exit.w - 28, h: 66 };
  // The exit's pool sits above the bin; released parcels normally leave the listing at once.
  const releasedPool = { x: exit.x + 10, y: exitBin.y - 30, w: exit.w - 20, h: 24 };
  pool('released', 'exit', releasedPool, { x: exit.x + exit.w - 10, y: releasedPool.y - 4 });

  // Dogs stand below the belt on the left of the run; their counts are written to the right.
  const dogArea = { x: canine.x + 12, y: BELT_Y + 20, w: Math.min(canine.w / 3, 30 * Math.max(1, input.dogs)), h: canine.y + canine.h - BELT_Y - 22 };
  const dogSlots = splitColumns(dogArea, Math.max(0, input.dogs), 4).map((r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 }));

  // The belt drops from the right end of the induction lines, leaving the belt area's left end
  // for its title.
  const beltStart = induction.x + induction.w - 30;
  const belt: Point[] = [
    { x: beltStart, y: induction.y + induction.h - 4 },
    { x: beltStart, y: BELT_Y },
    { x: exitBin.x + exitBin.w / 2, y: BELT_Y },
  ];

  // Bottom row: stations and the lab, left to right.
  const stations = {} as Record<QueueStationName, StationPlan>;
  const fixed = BOTTOM_WIDTHS.xray + BOTTOM_WIDTHS.ct + BOTTOM_WIDTHS.fieldTest + BOTTOM_WIDTHS.lab + BOTTOM_WIDTHS.seizure;
  const examWidth = PLAN_WIDTH - 2 * MARGIN - 5 * GAP - fixed;
  const order: [RegionId, number][] = [
    ['xray', BOTTOM_WIDTHS.xray], ['ct', BOTTOM_WIDTHS.ct], ['exam', examWidth],
    ['fieldTest', BOTTOM_WIDTHS.fieldTest], ['lab', BOTTOM_WIDTHS.lab], ['seizure', BOTTOM_WIDTHS.seizure],
  ];
  let x = MARGIN;
  for (const [id, w] of order) {
    const rect: Rect = { x, y: ROW3[0], w, h: ROW3[1] };
    x += w + GAP;
    if (id === 'lab') {
      add('lab', 'Lab', rect, 'lab');
      pool('lab', 'lab', belowContent(rect, rect.y + CONTENT_TOP - 6), bottomRight(rect));
      continue;
    }
    const name = id as QueueStationName;
    add(name, STATION_LABEL[name], rect, QUEUE_STATE[name], name);
    stations[name] = stationPlan(name, rect, input.lanes[name], input.officers[name], zones);
  }
  return { width: PLAN_WIDTH, height: PLAN_HEIGHT, regions, zones, stations, receptacleBoxes, flightRows, inductionLines, dogSlots, belt, exitBin };
}

/** A station's lanes, officer markers and zones (written into `zones`). */
function stationPlan(name: QueueStationName, r: Rect, laneCount: number, officerCount: number, zones: Record<ParcelState, Zone>): StationPlan {
  const strip = inset({ x: r.x, y: r.y + STATION_CONTENT_TOP, w: r.w, h: LANE_HEIGHT + 12 }, 6);
  const lanes = splitColumns(strip, Math.max(0, laneCount), laneCount > 8 ? 3 : 6);
  const serviceState = SERVICE_STATE[name];
  const queueState = QUEUE_STATE[name];
  zones[serviceState] = {
    state: serviceState, region: name, rect: strip, kind: 'pool',
    slots: lanes.map((l) => ({ x: l.x + l.w / 2, y: l.y + l.h / 2 })),
    overflowAt: { x: strip.x + strip.w, y: strip.y - 4 },
  };

  const cols = Math.max(1, Math.floor((r.w - 20) / OFFICER_PITCH));
  const officerTop = strip.y + strip.h + 6;
  const officerSlots: Point[] = [];
  for (let i = 0; i < officerCount; i++) {
    officerSlots.push({ x: r.x + 10 + OFFICER_PITCH / 2 + (i % cols) * OFFICER_PITCH, y: officerTop + OFFICER_ROW / 2 + Math.floor(i / cols) * OFFICER_ROW });
  }
  const officerRows = Math.max(1, Math.ceil(officerCount / cols));
  const queueTop = officerTop + officerRows * OFFICER_ROW + 6;
  // The seizure cage keeps a thin strip at the bottom for parcels already seized or detained.
  const outcomeStrip = name === 'seizure' ? 22 : 0;
  const queueRect = inset({ x: r.x, y: queueTop, w: r.w, h: r.y + r.h - OVERFLOW_STRIP - queueTop - outcomeStrip }, 6);
  zones[queueState] = { state: queueState, region: name, rect: queueRect, kind: 'queue', slots: gridSlots(queueRect, SLOT_PITCH, true), overflowAt: { x: r.x + r.w - 10, y: r.y + r.h - 6 } };
  if (outcomeStrip > 0) {
    const row: Rect = { x: r.x + 6, y: queueRect.y + queueRect.h + 2, w: r.w - 12, h: outcomeStrip - 4 };
    const [seized, detained] = splitColumns(row, 2, 6);
    const at = { x: r.x + r.w - 10, y: r.y + r.h - 6 };
    zones.seized = { state: 'seized', region: name, rect: seized, kind: 'pool', slots: gridSlots(seized, SLOT_PITCH), overflowAt: at };
    zones.detained = { state: 'detained', region: name, rect: detained, kind: 'pool', slots: gridSlots(detained, SLOT_PITCH), overflowAt: at };
  }
  return { name, lanes, officerSlots, badgeAt: { x: r.x + TITLE_INSET.x + 6, y: r.y + INFO_LINE_Y[0] }, queueState, serviceState };
}

/** Receptacle boxes filling `r` from the bottom row up, left to right. */
function stackedBoxes(r: Rect, w: number, h: number, gap: number): Rect[] {
  const cols = Math.floor((r.w + gap) / (w + gap));
  const rows = Math.floor((r.h + gap) / (h + gap));
  const x0 = r.x + (r.w - (cols * (w + gap) - gap)) / 2;
  const out: Rect[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) out.push({ x: x0 + col * (w + gap), y: r.y + r.h - h - row * (h + gap), w, h });
  }
  return out;
}

/**
 * The area under a point of the plan, or null between areas.
 *
 * @example
 * regionAt(plan, 700, 100)?.id; // 'held'
 */
export function regionAt(plan: FloorPlan, x: number, y: number): Region | null {
  for (const r of plan.regions) {
    if (x >= r.rect.x && x <= r.rect.x + r.rect.w && y >= r.rect.y && y <= r.rect.y + r.rect.h) return r;
  }
  return null;
}
