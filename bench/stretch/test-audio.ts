import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SAMPLE_RATE = 48_000;
export const CLIP_SECONDS = 4;
/** The drum clip's hits come this often (source time). */
export const HIT_EVERY_S = 0.5;

const HARMONICS = 3;

export interface Partial {
  readonly hz: number;
  readonly amplitude: number;
  /** e.g. "C♯4 ×2" */
  readonly label: string;
}

/**
 * Each note with harmonics 1–3 at 1/k; a partial within 3 % of one already taken is left out
 * (E4 ×2, 659.26 Hz, sits 1.9 cents from A3 ×3, 660 Hz): two partials the FFT cannot resolve
 * would measure their beat, not the stretcher's pitch.
 */
function partialsOf(notes: readonly (readonly [name: string, hz: number])[]): Partial[] {
  const taken: Partial[] = [];
  for (const [name, f] of notes) {
    for (let k = 1; k <= HARMONICS; k++) {
      const hz = f * k;
      if (taken.some((p) => Math.abs(p.hz / hz - 1) < 0.03)) continue;
      taken.push({ hz, amplitude: 1 / k, label: `${name} ×${k}` });
    }
  }
  return taken;
}

export interface Chord {
  readonly name: string;
  /** Its path on the page server, and its file name in the temporary folder. */
  readonly file: string;
  readonly partials: readonly Partial[];
}

const A_MAJOR = [['A3', 220], ['C♯4', 277.1826], ['E4', 329.6276]] as const;

/**
 * Equal-tempered. A major alone, then over a low E (A/E, as a guitarist strums it with the open
 * low string): a low note has a long period, and an error in Hz costs the most cents there.
 */
export const CHORDS: readonly Chord[] = [
  { name: 'A major (A3 C♯4 E4)', file: '/chord-a.wav', partials: partialsOf(A_MAJOR) },
  { name: 'A/E (E2 + A major)', file: '/chord-ae.wav', partials: partialsOf([['E2', 82.4069], ...A_MAJOR]) },
];

export const DRUM_FILE = '/drum.wav';

const FFMPEG = process.env['FFMPEG_PATH'] ?? '/usr/bin/ffmpeg';

async function ffmpegWav(expression: string, file: string): Promise<void> {
  const source = `aevalsrc='${expression}':s=${SAMPLE_RATE}:d=${CLIP_SECONDS}`;
  await run(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', source, '-ac', '1', '-c:a', 'pcm_s16le', file]);
}

/**
 * Writes the test clips, 16-bit mono WAV at 48 kHz (no codec between the generator and the
 * stretcher), into `dir`, named as CHORDS and DRUM_FILE say: each chord sustained, with 20 ms
 * fades so that its ends do not click, and a drum hit every 500 ms, an instant-attack noise burst
 * (τ 25 ms) over a 60 Hz thump (τ 40 ms) that starts at phase 0 on each hit.
 */
export async function writeTestAudio(dir: string): Promise<void> {
  if (!existsSync(FFMPEG)) throw new Error(`no ffmpeg at ${FFMPEG} (set FFMPEG_PATH, or apt-get install ffmpeg)`);
  const fade = `min(1\\,min(t\\,${CLIP_SECONDS}-t)/0.02)`;
  for (const { file, partials } of CHORDS) {
    const scale = 0.8 / partials.reduce((sum, p) => sum + p.amplitude, 0);
    const sines = partials.map((p) => `${(p.amplitude * scale).toFixed(6)}*sin(2*PI*${p.hz.toFixed(4)}*t)`).join('+');
    await ffmpegWav(`(${sines})*${fade}`, join(dir, file));
  }
  const phase = `mod(t\\,${HIT_EVERY_S})`;
  await ffmpegWav(`0.45*exp(-${phase}*40)*(random(0)*2-1)+0.45*exp(-${phase}*25)*sin(2*PI*60*${phase})`, join(dir, DRUM_FILE));
}
