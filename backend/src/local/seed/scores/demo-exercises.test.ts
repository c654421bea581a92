import { readFileSync } from 'node:fs';
import * as alphaTab from '@coderline/alphatab';
import { describe, expect, it } from 'vitest';
import { sniffScoreFormat } from '../../../authoring/score-format';
import { exerciseAlphaTex } from './alphatex';
import { DEMO_EXERCISES } from './demo-exercises';
import { exerciseSync, exerciseTiming, fretMidi, pitchMidi, quarters, type Drum, type Exercise } from './exercise';

/** alphaTab's resolution. */
const TICKS_PER_QUARTER = 960;
/** General MIDI percussion: Acoustic Bass Drum, Acoustic Snare, Closed Hi-Hat. */
const DRUM_MIDI: Readonly<Record<Drum, number>> = { kick: 35, snare: 38, hihat: 42 };

const committed = (exercise: Exercise) => readFileSync(new URL(`./${exercise.id}.alphatex`, import.meta.url));
// Its importer logs a refused file to the console (a global setting); the tests say what failed.
alphaTab.Logger.logLevel = alphaTab.LogLevel.None;
const load = (bytes: Uint8Array) => alphaTab.importer.ScoreLoader.loadScoreFromBytes(bytes, new alphaTab.Settings());

/** The MIDI numbers a parsed note sounds, comparable with the exercise's data. */
function expectedMidi(exercise: Exercise, bar: number, beat: number): number[] {
  switch (exercise.instrument) {
    case 'guitar':
      return exercise.bars[bar]![beat]!.sounds.map(fretMidi);
    case 'piano':
      return exercise.bars[bar]![beat]!.sounds.map(pitchMidi);
    case 'drums':
      return exercise.bars[bar]![beat]!.sounds.map((d) => DRUM_MIDI[d]);
  }
}

describe.each(DEMO_EXERCISES.map((exercise) => [exercise.id, exercise] as const))('demo exercise %s', (_, exercise) => {
  it('is committed exactly as its data writes it (regenerate with scripts/make-demo-videos.sh scores)', () => {
    expect(committed(exercise).toString('utf8')).toBe(exerciseAlphaTex(exercise));
    expect(sniffScoreFormat(committed(exercise))).toBe('alphatex');
  });

  it('parses in alphaTab with its title, tempo, time signature, bars, note values and notes', () => {
    const score = load(committed(exercise));
    expect(score.title).toBe(exercise.title);
    expect(score.tempo).toBe(exercise.tempoBpm);
    expect(score.masterBars).toHaveLength(exercise.bars.length);
    const track = score.tracks[0]!;
    const staff = track.staves[0]!;
    expect({ percussion: staff.isPercussion, tabs: staff.showTablature, notation: staff.showStandardNotation }).toEqual(
      { guitar: { percussion: false, tabs: true, notation: false }, piano: { percussion: false, tabs: false, notation: true }, drums: { percussion: true, tabs: false, notation: true } }[exercise.instrument],
    );
    if (exercise.instrument === 'guitar') expect(staff.tuning).toEqual([64, 59, 55, 50, 45, 40]);

    exercise.bars.forEach((beats, b) => {
      const masterBar = score.masterBars[b]!;
      expect([masterBar.timeSignatureNumerator, masterBar.timeSignatureDenominator]).toEqual([...exercise.timeSignature]);
      const parsed = staff.bars[b]!.voices[0]!.beats;
      expect(parsed, `bar ${b}`).toHaveLength(beats.length);
      // A bar whose values do not add up parses anyway in alphaTab: the ticks catch it.
      const last = parsed[parsed.length - 1]!;
      expect(last.playbackStart + last.playbackDuration, `bar ${b} length`).toBe(masterBar.calculateDuration());
      beats.forEach((beat, i) => {
        const actual = parsed[i]!;
        expect(actual.playbackDuration, `bar ${b} beat ${i}`).toBe(quarters(beat.value) * TICKS_PER_QUARTER);
        expect(actual.isRest).toBe(beat.sounds.length === 0);
        const midi = actual.notes.map((n) => (staff.isPercussion ? track.percussionArticulations[n.percussionArticulation]!.outputMidiNumber : n.realValue));
        expect(midi.sort(), `bar ${b} beat ${i} notes`).toEqual(expectedMidi(exercise, b, i).sort());
      });
    });
  });

  it('has one sync point a bar, a bar apart from one bar of count-in, inside its clip', () => {
    const { syncPoints, firstDownbeatMs, tempoBpm } = exerciseSync(exercise);
    const barMs = (60_000 / tempoBpm) * exercise.timeSignature[0];
    expect(firstDownbeatMs).toBe(Math.round(barMs));
    expect(syncPoints.map((p) => p.bar)).toEqual(exercise.bars.map((_, i) => i));
    syncPoints.forEach((p, i) => expect(Math.abs(p.timeMs - (barMs + i * barMs))).toBeLessThanOrEqual(0.5));
    expect(syncPoints[syncPoints.length - 1]!.timeMs + barMs).toBeLessThanOrEqual(exerciseTiming(exercise).clipSeconds * 1000);
  });
});

it('alphaTab refuses a malformed exercise, so the parse test above means something', () => {
  const broken = exerciseAlphaTex(DEMO_EXERCISES[2]!).replace('HiHatClosed', 'HiHatClsd');
  expect(() => load(new TextEncoder().encode(broken))).toThrow();
});
