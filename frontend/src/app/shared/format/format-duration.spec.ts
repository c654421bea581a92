import { formatDuration, toIsoDuration } from './format-duration';

describe('formatDuration', () => {
  it.each([
    [0, '00:00'],
    [5, '00:05'],
    [59, '00:59'],
    [60, '01:00'],
    [307, '05:07'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [36000 + 61, '10:01:01'],
  ])('%i seconds → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it('treats negative and non-finite input as zero', () => {
    expect(formatDuration(-5)).toBe('00:00');
    expect(formatDuration(Number.NaN)).toBe('00:00');
  });

  it('rounds fractional seconds', () => {
    expect(formatDuration(59.6)).toBe('01:00');
  });
});

describe('toIsoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [45, 'PT45S'],
    [300, 'PT5M'],
    [3725, 'PT1H2M5S'],
    [3600, 'PT1H'],
  ])('%i seconds → %s', (seconds, expected) => {
    expect(toIsoDuration(seconds)).toBe(expected);
  });
});
