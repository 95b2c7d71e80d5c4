/**
 * Parcel lifecycle state names as people read them ("X-ray queue" for `xrayQueue`). A state the
 * table does not know (the machine gained one) falls back to its name split into words, so the
 * page never shows nothing.
 */

const LABELS: Record<string, string> = {
  awaitingInduction: 'Awaiting induction',
  held: 'Held for presentation',
  xrayQueue: 'X-ray queue',
  xray: 'X-ray',
  ctQueue: 'CT queue',
  ct: 'CT scan',
  examQueue: 'Exam queue',
  exam: 'Exam',
  fieldTestQueue: 'Field-test queue',
  fieldTest: 'Field test',
  lab: 'Lab',
  seizureQueue: 'Seizure queue',
  seizureProcessing: 'Seizure processing',
  released: 'Released',
  seized: 'Seized',
  detained: 'Detained',
};

/**
 * @example
 * stateLabel('fieldTestQueue'); // 'Field-test queue'
 * stateLabel('newState');       // 'New state'
 */
export function stateLabel(state: string): string {
  const known = LABELS[state];
  if (known !== undefined) return known;
  const words = state.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
