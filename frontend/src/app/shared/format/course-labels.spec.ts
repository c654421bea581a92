import type { Instrument, Level } from '@lessonstage/shared';

import { instrumentLabel, levelLabel } from './course-labels';

describe('course labels', () => {
  it('names instruments and levels for display', () => {
    expect(instrumentLabel('saxophone')).toBe('Saxophone');
    expect(instrumentLabel('voice')).toBe('Voice');
    expect(levelLabel('intermediate')).toBe('Intermediate');
  });

  it('falls back to the raw value for values added to the API later', () => {
    expect(instrumentLabel('cello' as Instrument)).toBe('cello');
    expect(levelLabel('expert' as Level)).toBe('expert');
  });
});
