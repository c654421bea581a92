/**
 * Practice time is kept per UTC day in 15-minute slots (96 a day): every time zone's offset is a
 * whole number of quarter hours (+5:30, +5:45, -3:30 included), so a slot lies in exactly one
 * local day, whatever the zone the student asks in later.
 */
export const SLOT_MS = 15 * 60_000;
export const SLOTS_PER_DAY = 96;
const DAY_MS = 86_400_000;

/** A date `YYYY-MM-DD` plus `days` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Where an instant falls: its UTC day and slot. */
export function slotOf(epochMs: number): { utcDate: string; slot: number } {
  const dayStart = Math.floor(epochMs / DAY_MS) * DAY_MS;
  return { utcDate: new Date(dayStart).toISOString().slice(0, 10), slot: Math.floor((epochMs - dayStart) / SLOT_MS) };
}

export function slotStartMs(utcDate: string, slot: number): number {
  return Date.parse(`${utcDate}T00:00:00Z`) + slot * SLOT_MS;
}

/**
 * A session's seconds spread over the slots it covers, as if played without a break from
 * `startedAtMs`: UTC day → slot → seconds. A session spans at most two UTC days (≤ 24 h).
 */
export function spreadOverSlots(startedAtMs: number, seconds: number): Map<string, Map<number, number>> {
  const spread = new Map<string, Map<number, number>>();
  let at = startedAtMs;
  let left = seconds;
  while (left > 0) {
    const { utcDate, slot } = slotOf(at);
    const room = Math.max(1, Math.floor((slotStartMs(utcDate, slot) + SLOT_MS - at) / 1000));
    const take = Math.min(left, room);
    const day = spread.get(utcDate) ?? new Map<number, number>();
    day.set(slot, (day.get(slot) ?? 0) + take);
    spread.set(utcDate, day);
    left -= take;
    at += take * 1000;
  }
  return spread;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(epochMs: number, timeZone: string): Record<string, string> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(epochMs).map((part) => [part.type, part.value]));
}

/** The local date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDateOf(epochMs: number, timeZone: string): string {
  const { year, month, day } = partsOf(epochMs, timeZone);
  return `${year}-${month}-${day}`;
}

/** How far the zone's clock is ahead of UTC at an instant, in ms. */
function offsetAt(epochMs: number, timeZone: string): number {
  const { year, month, day, hour, minute } = partsOf(epochMs, timeZone);
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)) - Math.floor(epochMs / 60_000) * 60_000;
}

const PROBE_MS = 8 * DAY_MS;

/** `zone|utc month` or `zone|utc date` → the zone's offset all that time (null: it changes). Facts of the zone data, so kept. */
const knownOffsets = new Map<string, number | null>();
const MAX_KNOWN_OFFSETS = 10_000;

/**
 * Local dates of slots, with Intl asked a few times a month instead of once a slot: where the
 * offset is the same at a UTC month's start, end and every 8 days between (no zone changes its
 * clock twice within 8 days), a slot's date is arithmetic; elsewhere Intl is asked for each.
 * `localDater(tz)(utcDate)(slot)`.
 */
export function localDater(timeZone: string): (utcDate: string) => (slot: number) => string {
  const offsetOf = (key: string, probes: () => number[]): number | null => {
    let offset = knownOffsets.get(key);
    if (offset === undefined) {
      const offsets = new Set(probes().map((t) => offsetAt(t, timeZone)));
      offset = offsets.size === 1 ? [...offsets][0]! : null;
      if (knownOffsets.size >= MAX_KNOWN_OFFSETS) knownOffsets.clear();
      knownOffsets.set(key, offset);
    }
    return offset;
  };
  const monthProbes = (utcMonth: string) => {
    const monthStart = Date.parse(`${utcMonth}-01T00:00:00Z`);
    const monthEnd = Date.parse(`${addDays(`${utcMonth}-28`, 4).slice(0, 7)}-01T00:00:00Z`) - 60_000;
    const probes = [monthEnd];
    for (let t = monthStart; t < monthEnd; t += PROBE_MS) probes.push(t);
    return probes;
  };
  return (utcDate) => {
    const dayStart = Date.parse(`${utcDate}T00:00:00Z`);
    // In a month with a change, the same test for the day (a zone changes its clock at most once a day).
    const month = utcDate.slice(0, 7);
    const offset = offsetOf(`${timeZone}|${month}`, () => monthProbes(month)) ?? offsetOf(`${timeZone}|${utcDate}`, () => [dayStart, dayStart + DAY_MS - 60_000]);
    if (offset === null) return (slot) => localDateOf(slotStartMs(utcDate, slot), timeZone);
    const dates = new Map<number, string>();
    return (slot) => {
      const shift = Math.floor((slot * SLOT_MS + offset) / DAY_MS);
      let date = dates.get(shift);
      if (date === undefined) {
        date = shift === 0 ? utcDate : new Date(dayStart + shift * DAY_MS).toISOString().slice(0, 10);
        dates.set(shift, date);
      }
      return date;
    };
  };
}

/** Monday of the (ISO) week a date is in. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * UTC days whose slots can fall in local days `from`..`to` in any zone (offsets run from -12 to
 * +14 hours, so one day either side).
 */
export function utcDaysCovering(from: string, to: string): { first: string; last: string } {
  return { first: addDays(from, -1), last: addDays(to, 1) };
}
