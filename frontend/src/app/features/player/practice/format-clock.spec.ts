import { formatClock } from './format-clock';

describe('formatClock', () => {
  it('writes minutes, seconds and tenths', () => {
    expect(formatClock(null)).toBe('–');
    expect(formatClock(0)).toBe('0:00.0');
    expect(formatClock(3040)).toBe('0:03.0');
    expect(formatClock(65_260)).toBe('1:05.3');
    expect(formatClock(59_960)).toBe('1:00.0');
  });
});
