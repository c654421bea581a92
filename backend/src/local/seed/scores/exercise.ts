import type { SyncPoint } from '@lessonstage/shared';

/**
 * A demo exercise as data: the one source its alphaTex file, its audio and its lesson's sync
 * points are all derived from, so the score, the sound and the cursor cannot disagree.
 */

/** Note values as alphaTex writes them: 1 whole, 4 quarter, 8 eighth... */
export type NoteValue = 1 | 2 | 4 | 8 | 16;

/** A fretted note: string 1 is the high E, 6 the low E (alphaTex's numbering). */
export interface FretNote {
  readonly fret: number;
  readonly string: 1 | 2 | 3 | 4 | 5 | 6;
}
/** A pitch in scientific notation, natural notes only (enough for a C-major study): 'C4' is middle C. */
export type Pitch = `${'C' | 'D' | 'E' | 'F' | 'G' | 'A' | 'B'}${3 | 4 | 5 | 6}`;
export type Drum = 'kick' | 'snare' | 'hihat';

/** Standard tuning, string 1 (high E4) to 6 (low E2), as MIDI notes. */
const OPEN_STRINGS = [64, 59, 55, 50, 45, 40] as const;
export const fretMidi = (note: FretNote): number => OPEN_STRINGS[note.string - 1]! + note.fret;
const STEPS = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 } as const;
/** 'C4' is 60. */
export const pitchMidi = (pitch: Pitch): number => 12 * (Number(pitch.slice(1)) + 1) + STEPS[pitch[0] as keyof typeof STEPS];

/** One beat of the score: what sounds together for one note value; no sounds is a rest. */
export interface Beat<N> {
  readonly value: NoteValue;
  readonly sounds: readonly N[];
}

interface ExerciseBase<I extends string, N> {
  /** File stem of the score and the clip. */
  readonly id: string;
  readonly instrument: I;
  readonly title: string;
  readonly tempoBpm: number;
  readonly timeSignature: readonly [number, 4];
  readonly bars: readonly (readonly Beat<N>[])[];
}

export type GuitarExercise = ExerciseBase<'guitar', FretNote>;
export type PianoExercise = ExerciseBase<'piano', Pitch>;
export type DrumExercise = ExerciseBase<'drums', Drum>;
export type Exercise = GuitarExercise | PianoExercise | DrumExercise;

/** Silence after the last bar, so the final note rings out before the clip ends. */
const TAIL_MS = 1000;

export interface ExerciseTiming {
  readonly beatMs: number;
  readonly barMs: number;
  /** Bar 0's start: one bar of count-in comes first. Not rounded. */
  readonly firstDownbeatMs: number;
  /** Where the last bar ends. */
  readonly musicEndMs: number;
  /** The clip's length: whole seconds, so the lesson's durationSec is exact. */
  readonly clipSeconds: number;
}

export function exerciseTiming(exercise: Exercise): ExerciseTiming {
  const beatMs = 60_000 / exercise.tempoBpm;
  const barMs = beatMs * exercise.timeSignature[0];
  const firstDownbeatMs = barMs;
  const musicEndMs = firstDownbeatMs + exercise.bars.length * barMs;
  return { beatMs, barMs, firstDownbeatMs, musicEndMs, clipSeconds: Math.ceil((musicEndMs + TAIL_MS) / 1000) };
}

/** Quarter notes a note value lasts (the time signature's denominator is 4). */
export const quarters = (value: NoteValue): number => 4 / value;

/** Every beat with its start in the clip (ms, not rounded) and its length. */
export function timedBeats<E extends Exercise>(exercise: E): { startMs: number; lengthMs: number; bar: number; beat: E['bars'][number][number] }[] {
  const beatMs = 60_000 / exercise.tempoBpm;
  const barMs = beatMs * exercise.timeSignature[0];
  return exercise.bars.flatMap((beats, bar) => {
    let offset = 0;
    return beats.map((beat) => {
      const timed = { startMs: barMs + bar * barMs + offset * beatMs, lengthMs: quarters(beat.value) * beatMs, bar, beat };
      offset += quarters(beat.value);
      return timed;
    });
  });
}

/** One sync point per bar: bar i starts at firstDownbeatMs + i × barMs (whole ms). */
export function exerciseSync(exercise: Exercise): { syncPoints: SyncPoint[]; tempoBpm: number; timeSignature: [number, number]; firstDownbeatMs: number } {
  const { barMs, firstDownbeatMs } = exerciseTiming(exercise);
  return {
    syncPoints: exercise.bars.map((_, bar) => ({ bar, timeMs: Math.round(firstDownbeatMs + bar * barMs) })),
    tempoBpm: exercise.tempoBpm,
    timeSignature: [...exercise.timeSignature],
    firstDownbeatMs: Math.round(firstDownbeatMs),
  };
}
