import { formatDate } from './format-date';

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
