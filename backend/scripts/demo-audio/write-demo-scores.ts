/**
 * Writes each demo exercise's alphaTex score (into src/local/seed/scores/) and its audio (a WAV
 * into the folder given), then prints one tab-separated line per exercise for
 * make-demo-videos.sh to draw the clip: id, title, tempo, bar and count-in seconds, bars, clip seconds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exerciseAlphaTex } from '../../src/local/seed/scores/alphatex';
import { DEMO_EXERCISES } from '../../src/local/seed/scores/demo-exercises';
import { exerciseTiming } from '../../src/local/seed/scores/exercise';
import { renderExercise, wavBytes } from './synth';

const wavDir = process.argv[2];
if (!wavDir) throw new Error('usage: tsx write-demo-scores.ts <folder for the WAV files>');

for (const exercise of DEMO_EXERCISES) {
  writeFileSync(new URL(`../../src/local/seed/scores/${exercise.id}.alphatex`, import.meta.url), exerciseAlphaTex(exercise));
  writeFileSync(join(wavDir, `${exercise.id}.wav`), wavBytes(renderExercise(exercise)));
  const timing = exerciseTiming(exercise);
  const fields = [exercise.id, exercise.title, exercise.tempoBpm, timing.barMs / 1000, timing.firstDownbeatMs / 1000, exercise.bars.length, timing.clipSeconds];
  console.log(fields.join('\t'));
}
