/**
 * Public exports of the palette: the one set of colours (Okabe–Ito hues, paper and floor
 * neutrals) that every layer may import, from the model's memo to the renderer.
 */
export { OKABE_ITO, LINE_COLOURS, LINE_DASHES, PAPER, FLOOR, withAlpha, hexToNumber } from './palette.js';
export { contrastRatio, relativeLuminance, blend } from './contrast.js';
