/** "Fit to your facility's data": calibration of a scenario to a data file, run in the page on Web Workers. */
export { mountFitPanel } from './FitPanel.js';
export { FitRun, type FitEnd } from './FitRun.js';
export { checkFit, FIT_DEFAULTS, FIT_SEED, type FitFormValues, type FitCheck } from './fitForm.js';
export { fittedRows, dispersionLines, dispersionLimit, fitWarnings, simulatedText, type FittedRow } from './fitWords.js';
