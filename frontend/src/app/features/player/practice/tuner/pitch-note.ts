const NAMES = ['C', 'C♯', 'D', 'D♯', 'E', 'F', 'F♯', 'G', 'G♯', 'A', 'A♯', 'B'] as const;

export const DEFAULT_A4_HZ = 440;
export const MIN_A4_HZ = 415;
export const MAX_A4_HZ = 466;

export interface NoteReading {
  /** "A", "C♯". */
  readonly name: string;
  readonly octave: number;
  /** MIDI number of the nearest note (A4 = 69). */
  readonly midi: number;
  /** How far from that note, −50 to +50 (flat is negative). */
  readonly cents: number;
}

/** The nearest equal-tempered note to `hz`, with A4 tuned to `a4Hz`. */
export function noteOf(hz: number, a4Hz = DEFAULT_A4_HZ): NoteReading | null {
  if (!(hz > 0) || !(a4Hz > 0)) return null;
  const exact = 69 + 12 * Math.log2(hz / a4Hz);
  const midi = Math.round(exact);
  return { name: NAMES[((midi % 12) + 12) % 12]!, octave: Math.floor(midi / 12) - 1, midi, cents: Math.round((exact - midi) * 100) || 0 }; // never -0
}

/** The frequency of a MIDI note with A4 at `a4Hz`. */
export function hzOf(midi: number, a4Hz = DEFAULT_A4_HZ): number {
  return a4Hz * 2 ** ((midi - 69) / 12);
}

export function noteLabel(midi: number): string {
  return `${NAMES[((midi % 12) + 12) % 12]}${Math.floor(midi / 12) - 1}`;
}

/** Open strings, low to high, as MIDI numbers. */
export const TUNINGS: readonly { readonly instrument: string; readonly strings: readonly number[] }[] = [
  { instrument: 'Guitar', strings: [40, 45, 50, 55, 59, 64] },
  { instrument: 'Bass', strings: [28, 33, 38, 43] },
  { instrument: 'Ukulele', strings: [67, 60, 64, 69] },
  { instrument: 'Violin', strings: [55, 62, 69, 76] },
];

/** The open string nearest to a reading (by pitch), for the string-by-string view. */
export function nearestString(hz: number, strings: readonly number[], a4Hz = DEFAULT_A4_HZ): number | null {
  if (!(hz > 0) || strings.length === 0) return null;
  const exact = 69 + 12 * Math.log2(hz / a4Hz);
  return strings.reduce((best, midi) => (Math.abs(midi - exact) < Math.abs(best - exact) ? midi : best));
}
