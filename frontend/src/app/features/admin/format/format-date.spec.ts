import { formatDate } from './format-date';

describe('formatDate', () => {
  it('writes a medium date', () => {
    expect(formatDate('2026-01-10T12:00:00.000Z')).toBe('Jan 10, 2026');
    expect(formatDate('2026-01-10T12:00:00.000Z', 'en-GB')).toBe('10 Jan 2026');
  });

  it('is empty for nonsense', () => {
    expect(formatDate('not a date')).toBe('');
  });
});
