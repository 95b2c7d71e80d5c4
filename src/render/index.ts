/**
 * Public exports of the renderer: the facility view (Pixi) and the pure pieces behind it that the
 * page and tests may use (the floor plan, the palette and legend, the snapshot diff, the belt's
 * scale arithmetic). The renderer reads snapshots and imports only types from the model.
 */
export { FacilityView } from './FacilityView.js';
export type { FacilityViewOptions, Selection, SelectableArea } from './FacilityView.js';
export {
  PLAN_WIDTH, PLAN_HEIGHT, SLOT_PITCH, computeLayout, layoutInputOf, layoutKey, regionAt,
} from './layout.js';
export type { FloorPlan, LayoutInput, Region, RegionId, StationPlan, Zone, Point, Rect } from './layout.js';
export {
  statusOf, legendEntries, hexToNumber, PARCEL_COLORS, OFFICER_COLORS, DOG_COLORS, OKABE_ITO, FLOOR,
} from './palette.js';
export type { ParcelStatus, LegendEntry } from './palette.js';
export { diffParcels } from './diffParcels.js';
export type { ParcelOp, ParcelDiff, Placement, ZonePolicy, ListedParcel } from './diffParcels.js';
export { parcelsPerDot, releaseStep, smooth, PARCELS_PER_DOT_STEPS } from './flowRate.js';
export type { ReleaseSample, ReleaseStep } from './flowRate.js';
export { formatCount, countOf, simClock } from './format.js';
