import { formatDurationWords } from './format-duration';

describe('formatDurationWords', () => {
  it('says seconds under a minute, then minutes, then hours and minutes', () => {
    expect([0, -5, Number.NaN, 45.9, 60, 1499, 3600, 3900].map(formatDurationWords)).toEqual(['0 s', '0 s', '0 s', '45 s', '1 min', '24 min', '1 h', '1 h 5 min']);
  });
});
