/** The "Smugglers adapt" lesson: the adapting adversary's rounds, played in the page on Web Workers. */
export { mountAdversaryPanel, type AdversaryHost } from './AdversaryPanel.js';
export { AdversaryPlay, playSummary, type PlayEnd, type PlayState } from './AdversaryPlay.js';
export { checkAdversary, ADVERSARY_DEFAULTS, type AdversaryValues, type AdversaryCheck } from './adversaryForm.js';
