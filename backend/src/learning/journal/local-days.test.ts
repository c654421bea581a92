import { describe, expect, it } from 'vitest';
import { localDayTotals } from './practice-summary';
import type { DayItem } from './practice-journal.repository';
import { currentStreak, longestStreak } from './streaks';
import { localDateOf, localDater, mondayOf, slotOf, SLOT_MS, spreadOverSlots } from './time-slots';

/** Day items as the journal keeps them, from sessions given as (UTC start, seconds). */
function daysOf(...sessions: [string, number][]): DayItem[] {
  const byDay = new Map<string, Map<number, number>>();
  for (const [startedAt, seconds] of sessions) {
    for (const [utcDate, slots] of spreadOverSlots(Date.parse(startedAt), seconds)) {
      const day = byDay.get(utcDate) ?? new Map<number, number>();
      for (const [slot, s] of slots) day.set(slot, (day.get(slot) ?? 0) + s);
      byDay.set(utcDate, day);
    }
  }
  return [...byDay].map(([utcDate, slots]) => ({ utcDate, slots }));
}

const local = (days: DayItem[], tz: string) => Object.fromEntries([...localDayTotals(days, tz)].sort());

describe('time slots', () => {
  it('spread a session over the 15-minute slots it covers, across midnight UTC', () => {
    const spread = spreadOverSlots(Date.parse('2026-03-01T23:50:00Z'), 1200);
    expect([...spread].map(([day, slots]) => [day, Object.fromEntries(slots)])).toEqual([
      ['2026-03-01', { 95: 600 }],
      ['2026-03-02', { 0: 600 }],
    ]);
  });

  it('give every slot of a year the date Intl gives it, in zones with odd offsets and changes', () => {
    for (const tz of ['Europe/Berlin', 'America/St_Johns', 'Asia/Kolkata', 'Africa/Casablanca', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      const dateOf = localDater(tz);
      const wrong: string[] = [];
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += SLOT_MS) {
        const { utcDate, slot } = slotOf(t);
        if (dateOf(utcDate)(slot) !== localDateOf(t, tz)) wrong.push(new Date(t).toISOString());
      }
      expect(wrong, tz).toEqual([]);
    }
  });

  it('start weeks on Monday', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});

describe('local days and streaks', () => {
  it('put each minute in the local day of the zone asked for (Asia/Kolkata, +5:30)', () => {
    // 18:29 UTC is 23:59 in Kolkata, 18:31 is 00:01 the next day.
    const days = daysOf(['2026-06-10T18:29:00Z', 60], ['2026-06-10T18:31:00Z', 120]);
    expect(local(days, 'Asia/Kolkata')).toEqual({ '2026-06-10': 60, '2026-06-11': 120 });
    expect(local(days, 'UTC')).toEqual({ '2026-06-10': 180 });
    expect(currentStreak(new Set(localDayTotals(days, 'Asia/Kolkata').keys()), '2026-06-11')).toBe(2);
    expect(currentStreak(new Set(localDayTotals(days, 'UTC').keys()), '2026-06-11')).toBe(1);
  });

  it('split a session that runs over local midnight (America/St_Johns, -3:30 in winter, -2:30 in summer)', () => {
    // 03:20 UTC on 16 Jan is 23:50 on 15 Jan in St. John's; 20 minutes run 10 into the 16th.
    expect(local(daysOf(['2026-01-16T03:20:00Z', 1200]), 'America/St_Johns')).toEqual({ '2026-01-15': 600, '2026-01-16': 600 });
    // In July (NDT, -2:30) the same local midnight is 02:30 UTC.
    expect(local(daysOf(['2026-07-16T02:20:00Z', 1200]), 'America/St_Johns')).toEqual({ '2026-07-15': 600, '2026-07-16': 600 });
  });

  it('count a streak across the spring change in Europe/Berlin (29 March 2026, 02:00 → 03:00)', () => {
    const days = daysOf(
      ['2026-03-28T22:30:00Z', 600], // Sat 28 Mar 2026 at 23:30 CET (+1)
      ['2026-03-28T23:30:00Z', 600], // Sun 29 Mar at 00:30 CET, before the change
      ['2026-03-29T21:45:00Z', 600], // Sun 29 Mar at 23:45 CEST (+2), after it
      ['2026-03-29T22:10:00Z', 300], // Mon 30 Mar at 00:10 CEST
    );
    const totals = localDayTotals(days, 'Europe/Berlin');
    expect(Object.fromEntries([...totals].sort())).toEqual({ '2026-03-28': 600, '2026-03-29': 1200, '2026-03-30': 300 });
    expect(currentStreak(new Set(totals.keys()), '2026-03-30')).toBe(3);
    expect(currentStreak(new Set(totals.keys()), '2026-03-31')).toBe(3); // today not practised yet
    expect(currentStreak(new Set(totals.keys()), '2026-04-01')).toBe(0);
    // In UTC the 23:30 and 00:30 sessions fall on one day, and so do the 23:45 and 00:10: two days.
    expect(currentStreak(new Set(localDayTotals(days, 'UTC').keys()), '2026-03-29')).toBe(2);
  });

  it('count a streak across the autumn change in Europe/Berlin (25 October 2026, 03:00 → 02:00)', () => {
    const days = daysOf(
      ['2026-10-24T21:50:00Z', 600], // Sat 24 Oct at 23:50 CEST (+2)
      ['2026-10-25T00:30:00Z', 600], // Sun 25 Oct at 02:30 CEST, the first 02:30
      ['2026-10-25T01:30:00Z', 600], // Sun 25 Oct at 02:30 CET, the second
      ['2026-10-25T22:45:00Z', 600], // Sun 25 Oct at 23:45 CET (+1)
      ['2026-10-25T23:05:00Z', 300], // Mon 26 Oct at 00:05 CET
    );
    const totals = localDayTotals(days, 'Europe/Berlin');
    expect(Object.fromEntries([...totals].sort())).toEqual({ '2026-10-24': 600, '2026-10-25': 1800, '2026-10-26': 300 });
    expect(currentStreak(new Set(totals.keys()), '2026-10-26')).toBe(3);
    expect(localDateOf(Date.parse('2026-10-25T22:59:59Z'), 'Europe/Berlin')).toBe('2026-10-25');
  });

  it('find the longest run among days in any order', () => {
    expect(longestStreak([])).toBe(0);
    expect(longestStreak(['2026-01-05', '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-06', '2026-01-07', '2026-01-08'])).toBe(4);
    expect(longestStreak(['2026-02-28', '2026-03-01', '2025-12-31', '2026-01-01'])).toBe(2);
    expect(longestStreak(['2024-02-28', '2024-02-29', '2024-03-01'])).toBe(3);
  });
});
