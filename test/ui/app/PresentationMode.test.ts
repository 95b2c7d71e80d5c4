// Presentation mode in the address: `?present=1` turns it on, and toggling writes it into the
// query while keeping every other parameter.
import { describe, expect, it } from 'vitest';
import { presentFromQuery, queryWithPresent } from '../../../src/ui/app/PresentationMode.js';

describe('presentation mode in the address', () => {
  it('reads present=1 (or true) and nothing else as on', () => {
    expect(presentFromQuery('?present=1')).toBe(true);
    expect(presentFromQuery('?workers=2&present=true')).toBe(true);
    expect(presentFromQuery('')).toBe(false);
    expect(presentFromQuery('?present=0')).toBe(false);
    expect(presentFromQuery('?present=yes-please')).toBe(false);
  });

  it('sets and clears it, keeping the other parameters', () => {
    expect(queryWithPresent('', true)).toBe('?present=1');
    expect(queryWithPresent('?workers=2', true)).toBe('?workers=2&present=1');
    expect(queryWithPresent('?workers=2&present=1', false)).toBe('?workers=2');
    expect(queryWithPresent('?present=1', false)).toBe('');
    expect(queryWithPresent('?present=1', true)).toBe('?present=1');
  });
});
