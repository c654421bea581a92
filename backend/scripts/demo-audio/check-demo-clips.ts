/**
 * Checks that each committed demo clip sounds where its score says: decodes the MP4's audio with
 * ffmpeg, finds the attacks blind (energy rises of the differenced signal), and compares them
 * with every beat's time and with the lesson's sync points. Run after make-demo-videos.sh:
 *   npx tsx scripts/demo-audio/check-demo-clips.ts [folder of WAVs, to check the synthesis before encoding]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO_EXERCISES } from '../../src/local/seed/scores/demo-exercises';
import { exerciseSync, exerciseTiming, timedBeats } from '../../src/local/seed/scores/exercise';

const RATE = 44_100;
const FRAME = 44; // ~1 ms

function decode(path: string): Float32Array {
  const raw = execFileSync('ffmpeg', ['-loglevel', 'error', '-i', path, '-f', 'f32le', '-ac', '1', '-ar', String(RATE), '-'], { maxBuffer: 1 << 28 });
  return new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
}

/**
 * Energy every ~1 ms over the 6 ms ending there (two periods of middle C, so a low note's phase
 * does not make it flicker), of the signal itself or (`differenced`) of its high end.
 */
function frameEnergy(samples: Float32Array, differenced: boolean): number[] {
  const energy: number[] = [];
  for (let f = 0; f * FRAME + FRAME < samples.length; f++) {
    let sum = 0;
    for (let i = Math.max(1, (f - 5) * FRAME); i < (f + 1) * FRAME; i++) sum += (differenced ? samples[i]! - samples[i - 1]! : samples[i]!) ** 2;
    energy.push(sum + 1e-9);
  }
  return energy;
}

/** Frames whose energy jumps 6 dB over the 20 ms before it, and is within 30 dB of the loudest frame. */
function rises(energy: readonly number[]): boolean[] {
  const floor = Math.max(...energy) / 1000;
  return energy.map((e, f) => {
    const window = energy.slice(Math.max(0, f - 20), Math.max(0, f - 2));
    const before = window.length ? window.reduce((a, b) => a + b, 0) / window.length : 1e-9;
    return e > floor && e > before * 4;
  });
}

/**
 * Attack times (ms), found blind: a jump in the low (kick, piano) or high (hi-hat, pluck) energy,
 * placed where the energy reaches a quarter of the peak that follows (AAC spreads a little energy
 * ahead of an attack, "pre-echo", which a first-crossing detector would take for the note).
 */
function onsets(samples: Float32Array): number[] {
  const bands = [frameEnergy(samples, false), frameEnergy(samples, true)];
  const jumps = bands.map(rises);
  const found: number[] = [];
  for (let f = 0; f < bands[0]!.length; f++) {
    const band = jumps.findIndex((j) => j[f]);
    if (band < 0) continue;
    const energy = bands[band]!;
    const peak = Math.max(...energy.slice(f, f + 40));
    let at = f;
    while (energy[at]! < peak / 4) at++;
    const ms = (at * FRAME * 1000) / RATE;
    const last = found[found.length - 1];
    if (last === undefined || ms - last > 60) found.push(ms);
    f = at + 5;
  }
  return found;
}

const nearest = (times: readonly number[], t: number) => times.reduce((best, x) => (Math.abs(x - t) < Math.abs(best - t) ? x : best), Number.POSITIVE_INFINITY);

let failed = false;
for (const exercise of DEMO_EXERCISES) {
  const wavDir = process.argv[2];
  const path = wavDir ? `${wavDir}/${exercise.id}.wav` : fileURLToPath(new URL(`../../src/local/seed/media/${exercise.id}.mp4`, import.meta.url));
  const detected = onsets(decode(path));
  const timing = exerciseTiming(exercise);
  const clicks = Array.from({ length: exercise.timeSignature[0] }, (_, b) => b * timing.beatMs);
  const expected = [...clicks, ...timedBeats(exercise).filter((t) => t.beat.sounds.length).map((t) => t.startMs)];
  const errors = expected.map((t) => nearest(detected, t) - t);
  const barErrors = exerciseSync(exercise).syncPoints.map((p) => nearest(detected, p.timeMs) - p.timeMs);
  const late = expected.filter((_, i) => Math.abs(errors[i]!) > 15).map(Math.round);
  const extra = detected.filter((d) => Math.abs(nearest(expected, d) - d) > 15).map(Math.round);
  if (late.length || extra.length) console.log(`  no attack within 15 ms of ${late.join(', ') || '-'} ms; attacks the score does not have at ${extra.join(', ') || '-'} ms`);
  const abs = errors.map(Math.abs).sort((a, b) => a - b);
  console.log(
    `${exercise.id}: ${expected.length} attacks expected, ${detected.length} found; ` +
      `median |error| ${abs[abs.length >> 1]!.toFixed(1)} ms, max ${abs[abs.length - 1]!.toFixed(1)} ms, ${late.length} missed (>15 ms), ${extra.length} unexpected; ` +
      `bar downbeats: max |error| ${Math.max(...barErrors.map(Math.abs)).toFixed(1)} ms over ${barErrors.length} sync points`,
  );
  if (late.length > 0 || extra.length > 0 || Math.max(...barErrors.map(Math.abs)) > 15) failed = true;
}
process.exitCode = failed ? 1 : 0;
