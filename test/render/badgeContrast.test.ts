// Words on the facility floor meet WCAG AA (4.5:1 for text): every station badge's word on its
// chip, and every text colour on the floor, including a closed station's faded words. Issue 9
// found grey-on-grey CLOSED badges: the badge was faded with its closed station.
import { describe, expect, it } from 'vitest';
import { blend, contrastRatio } from '../../src/palette/contrast.js';
import { CLOSED_TEXT_ALPHA, FLOOR, STATION_BADGES } from '../../src/render/palette.js';

const AA = 4.5;

describe('contrast of the words on the floor', () => {
  it.each(Object.entries(STATION_BADGES))('the %s badge: its word on its chip is at least 4.5:1', (_state, badge) => {
    expect(contrastRatio(badge.color, badge.fill)).toBeGreaterThanOrEqual(AA);
  });

  it('every badge stands out from the floor it sits on', () => {
    // Not a text pair, but a chip must be seen as a chip: at least 3:1 (WCAG non-text contrast).
    for (const badge of Object.values(STATION_BADGES)) expect(contrastRatio(badge.fill, FLOOR.background), badge.text).toBeGreaterThanOrEqual(3);
  });

  it.each([['text', FLOOR.text], ['muted text', FLOOR.textMuted]])('%s is at least 4.5:1 on the floor, full and faded as at a closed station', (_name, colour) => {
    expect(contrastRatio(colour, FLOOR.background)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(blend(colour, FLOOR.background, CLOSED_TEXT_ALPHA), FLOOR.background)).toBeGreaterThanOrEqual(AA);
  });

  it('would catch the fade issue 9 found: words at the marks\' alpha of 0.45 fall below 4.5:1', () => {
    expect(contrastRatio(blend(FLOOR.textMuted, FLOOR.background, 0.45), FLOOR.background)).toBeLessThan(AA);
  });
});
