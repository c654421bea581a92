import type { Beat, Drum, Exercise, FretNote, Pitch } from './exercise';

/** alphaTab's percussion articulations (`\articulation defaults`): Kick (hit), Snare (hit), Hi-Hat (closed). */
export const DRUM_ARTICULATIONS: Readonly<Record<Drum, string>> = { kick: 'KickHit', snare: 'SnareHit', hihat: 'HiHatClosed' };

const TRACK_HEADERS: Readonly<Record<Exercise['instrument'], readonly string[]>> = {
  guitar: ['\\track "Guitar"', '\\staff {tabs}', '\\instrument acousticguitarsteel'],
  piano: ['\\track "Piano"', '\\staff {score}', '\\instrument acousticgrandpiano'],
  drums: ['\\track "Drums"', '\\instrument percussion', '\\articulation defaults'],
};

function beatTex(notes: readonly string[], value: Beat<unknown>['value']): string {
  if (notes.length === 0) return `r.${value}`;
  return `${notes.length === 1 ? notes[0] : `(${notes.join(' ')})`}.${value}`;
}

function barsTex(exercise: Exercise): string[] {
  switch (exercise.instrument) {
    case 'guitar':
      return exercise.bars.map((beats) => beats.map((b) => beatTex(b.sounds.map((n: FretNote) => `${n.fret}.${n.string}`), b.value)).join(' '));
    case 'piano':
      return exercise.bars.map((beats) => beats.map((b) => beatTex(b.sounds.map((p: Pitch) => p.toLowerCase()), b.value)).join(' '));
    case 'drums':
      return exercise.bars.map((beats) => beats.map((b) => beatTex(b.sounds.map((d: Drum) => DRUM_ARTICULATIONS[d]), b.value)).join(' '));
  }
}

/**
 * The exercise as alphaTex (alphaTab 1.8): metadata, a `.`, the track and one bar a line.
 * Sync points stay out of the file: the lesson's sync record carries them, where the admin
 * editor can change them without a new upload.
 */
export function exerciseAlphaTex(exercise: Exercise): string {
  const [beats, unit] = exercise.timeSignature;
  return [
    `// Generated from backend/src/local/seed/scores/demo-exercises.ts by backend/scripts/make-demo-videos.sh; edit that, not this.`,
    `\\title "${exercise.title}"`,
    '\\subtitle "Lessonstage demo exercise"',
    `\\tempo ${exercise.tempoBpm}`,
    '.',
    ...TRACK_HEADERS[exercise.instrument],
    `\\ts ${beats} ${unit}`,
    ...barsTex(exercise).map((bar, i, all) => (i < all.length - 1 ? `${bar} |` : bar)),
    '',
  ].join('\n');
}
