import type { Beat, Drum, DrumExercise, Exercise, FretNote, GuitarExercise, NoteValue, Pitch, PianoExercise } from './exercise';

/* Three short exercises written for Lessonstage's demo catalog. */

const beat = <N>(value: NoteValue, ...sounds: N[]): Beat<N> => ({ value, sounds });
const eighths = <N>(...chords: (readonly N[])[]): Beat<N>[] => chords.map((sounds) => ({ value: 8, sounds }));
const fret = (fret: number, string: FretNote['string']): FretNote => ({ fret, string });

/**
 * A boogie bar on a root at `root` on string `string`: root plus fifth, sixth, flat seventh
 * on the next string up, in straight eighths.
 */
function boogie(string: 5 | 6, root: number): Beat<FretNote>[] {
  const upper = (string - 1) as 4 | 5;
  const with_ = (offset: number) => [fret(root, string), fret(root + offset, upper)];
  return eighths(with_(2), with_(2), with_(4), with_(4), with_(5), with_(4), with_(2), [fret(root, string)]);
}
const E = () => boogie(6, 0);
const A = () => boogie(5, 0);
const B = () => boogie(5, 2);

export const GUITAR_BLUES_RIFF: GuitarExercise = {
  id: 'guitar-blues-riff',
  instrument: 'guitar',
  title: 'Twelve-Bar Boogie in E',
  tempoBpm: 90,
  timeSignature: [4, 4],
  // I-IV-I-I, IV-IV-I-I, V-IV-I-V; the last bar a turnaround stab on B7.
  bars: [E(), A(), E(), E(), A(), A(), E(), E(), B(), A(), E(), [...B().slice(0, 4), beat(4, fret(2, 5), fret(1, 4), fret(2, 3)), beat(4)]],
};

const notes = (value: NoteValue, ...pitches: Pitch[]): Beat<Pitch>[] => pitches.map((pitch) => beat(value, pitch));

export const PIANO_SCALE_STUDY: PianoExercise = {
  id: 'piano-scale-study',
  instrument: 'piano',
  title: 'C Major Scale Study',
  tempoBpm: 100,
  timeSignature: [4, 4],
  bars: [
    // Two octaves up and down from middle C, then in thirds, then the arpeggio and the chord.
    notes(8, 'C4', 'D4', 'E4', 'F4', 'G4', 'A4', 'B4', 'C5'),
    [...notes(8, 'D5', 'E5', 'F5', 'G5', 'A5', 'B5'), beat(4, 'C6')],
    notes(8, 'C6', 'B5', 'A5', 'G5', 'F5', 'E5', 'D5', 'C5'),
    [...notes(8, 'B4', 'A4', 'G4', 'F4', 'E4', 'D4'), beat(4, 'C4')],
    notes(8, 'C4', 'E4', 'D4', 'F4', 'E4', 'G4', 'F4', 'A4'),
    [...notes(8, 'G4', 'B4', 'A4', 'C5', 'B4', 'D5'), beat(4, 'C5')],
    notes(4, 'C4', 'E4', 'G4', 'C5'),
    [beat(1, 'C4', 'E4', 'G4', 'C5')],
  ],
};

const K: Drum = 'kick';
const S: Drum = 'snare';
const H: Drum = 'hihat';
/** Hi-hat eighths, snare on two and four, kick on one and three (and the "and" of three). */
const groove = () => eighths<Drum>([K, H], [H], [S, H], [H], [K, H], [K, H], [S, H], [H]);
/** The same with a kick pushed to the "and" of two. */
const push = () => eighths<Drum>([K, H], [H], [S, H], [K, H], [H], [K, H], [S, H], [H]);
/** Two beats of groove, then a snare fill in sixteenths that lands on the next bar's one. */
const fill = (): Beat<Drum>[] => [...eighths<Drum>([K, H], [H], [S, H], [H]), ...[S, S, K, K, S, S, S, S].map((d) => beat(16, d))];

export const DRUMS_ROCK_GROOVE: DrumExercise = {
  id: 'drums-rock-groove',
  instrument: 'drums',
  title: 'Eighth-Note Rock Groove',
  tempoBpm: 96,
  timeSignature: [4, 4],
  bars: [groove(), groove(), groove(), fill(), push(), push(), groove(), [beat(4, K, S), beat(4), beat(2)]],
};

export const DEMO_EXERCISES: readonly Exercise[] = [GUITAR_BLUES_RIFF, PIANO_SCALE_STUDY, DRUMS_ROCK_GROOVE];
