import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SAMPLE_RATE = 48_000;
export const CLIP_SECONDS = 4;
/** The drum clip's hits come this often (source time). */
export const HIT_EVERY_S = 0.5;

/** A major, equal-tempered: A3, C♯4, E4. */
const FUNDAMENTALS_HZ = [220, 277.1826, 329.6276];
const HARMONICS = 3;

export interface Partial {
  readonly hz: number;
  readonly amplitude: number;
  /** e.g. "C♯4 ×2" */
  readonly label: string;
}

const NAMES = ['A3', 'C♯4', 'E4'];

/**
 * Each fundamental with harmonics 1–3 at 1/k; a partial within 3 % of one already taken is left
 * out (E4 ×2, 659.26 Hz, sits 1.9 cents from A3 ×3, 660 Hz): two partials the FFT cannot resolve
 * would measure their beat, not the stretcher's pitch.
 */
export const CHORD_PARTIALS: readonly Partial[] = (() => {
  const taken: Partial[] = [];
  FUNDAMENTALS_HZ.forEach((f, i) => {
    for (let k = 1; k <= HARMONICS; k++) {
      const hz = f * k;
      if (taken.some((p) => Math.abs(p.hz / hz - 1) < 0.03)) continue;
      taken.push({ hz, amplitude: 1 / k, label: `${NAMES[i]} ×${k}` });
    }
  });
  return taken;
})();

const FFMPEG = process.env['FFMPEG_PATH'] ?? '/usr/bin/ffmpeg';

async function ffmpegWav(expression: string, file: string): Promise<void> {
  const source = `aevalsrc='${expression}':s=${SAMPLE_RATE}:d=${CLIP_SECONDS}`;
  await run(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', source, '-ac', '1', '-c:a', 'pcm_s16le', file]);
}

export interface TestAudio {
  readonly chordWav: string;
  readonly drumWav: string;
}

/**
 * Writes the two test clips, 16-bit mono WAV at 48 kHz (no codec between the generator and the
 * stretcher), into `dir`: the sustained chord, with 20 ms fades so that its ends do not click,
 * and a drum hit every 500 ms, an instant-attack noise burst (τ 25 ms) over a 60 Hz thump (τ 40 ms)
 * that starts at phase 0 on each hit.
 */
export async function writeTestAudio(dir: string): Promise<TestAudio> {
  if (!existsSync(FFMPEG)) throw new Error(`no ffmpeg at ${FFMPEG} (set FFMPEG_PATH, or apt-get install ffmpeg)`);
  const scale = 0.8 / CHORD_PARTIALS.reduce((sum, p) => sum + p.amplitude, 0);
  const sines = CHORD_PARTIALS.map((p) => `${(p.amplitude * scale).toFixed(6)}*sin(2*PI*${p.hz.toFixed(4)}*t)`).join('+');
  const fade = `min(1\\,min(t\\,${CLIP_SECONDS}-t)/0.02)`;
  const chordWav = join(dir, 'chord.wav');
  await ffmpegWav(`(${sines})*${fade}`, chordWav);
  const phase = `mod(t\\,${HIT_EVERY_S})`;
  const drumWav = join(dir, 'drum.wav');
  await ffmpegWav(`0.45*exp(-${phase}*40)*(random(0)*2-1)+0.45*exp(-${phase}*25)*sin(2*PI*60*${phase})`, drumWav);
  return { chordWav, drumWav };
}
