import { formatDate, formatRelativeTime } from './format-date';

describe('formatDate', () => {
  const noon = '2026-01-10T12:00:00.000Z';

  it('writes a medium date', () => {
    expect(formatDate(noon, 'date', 'en-US')).toBe('Jan 10, 2026');
    expect(formatDate(noon, 'date', 'en-GB')).toBe('10 Jan 2026');
  });

  it('adds the time, with or without seconds', () => {
    const expected = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', options).format(new Date(noon));
    expect(formatDate(noon, 'dateTime', 'en-US')).toBe(expected({ dateStyle: 'medium', timeStyle: 'short' }));
    expect(formatDate(noon, 'dateTimeSeconds', 'en-US')).toBe(expected({ dateStyle: 'medium', timeStyle: 'medium' }));
    expect(formatDate(noon, 'dateTimeSeconds', 'en-US')).toMatch(/^Jan 10, 2026, \d{1,2}:00:00\s[AP]M$/);
  });

  it("uses the browser's locale when none is given", () => {
    expect(formatDate(noon)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(noon)));
  });

  it('gives back text that is not a date as it is', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-01-10T12:00:00.000Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('says how long ago, in the largest whole unit', () => {
    expect(formatRelativeTime(ago(20), now, 'en-US')).toBe('just now');
    expect(formatRelativeTime(ago(60), now, 'en-US')).toBe('1 minute ago');
    expect(formatRelativeTime(ago(59 * 60 + 59), now, 'en-US')).toBe('59 minutes ago');
    expect(formatRelativeTime(ago(3 * 3600 + 10), now, 'en-US')).toBe('3 hours ago');
    expect(formatRelativeTime(ago(86_400 + 5), now, 'en-US')).toBe('yesterday');
    expect(formatRelativeTime(ago(6 * 86_400), now, 'en-US')).toBe('6 days ago');
  });

  it('gives the date from a week on, and for the future or text that is not a date', () => {
    expect(formatRelativeTime(ago(7 * 86_400), now, 'en-US')).toBe('Jan 3, 2026');
    expect(formatRelativeTime(ago(-3600), now, 'en-US')).toBe('Jan 10, 2026');
    expect(formatRelativeTime('not a date', now, 'en-US')).toBe('not a date');
  });
});
