import type { Drum, Exercise } from '../../src/local/seed/scores/exercise';
import { exerciseTiming, fretMidi, pitchMidi, timedBeats } from '../../src/local/seed/scores/exercise';

/**
 * Renders a demo exercise to mono PCM: every note at the time its beat has in the score, after
 * one bar of count-in clicks. Simple synthesis, no samples: the point is that the cursor and
 * the sound agree, not realism.
 */

export const SAMPLE_RATE = 44_100;

/** A seeded PRNG, so that regenerating gives byte-identical audio (and clips that only change when the music does). */
function noiseSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 31 - 1;
  };
}

const midiHz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

/** Adds `samples` into `out` from sample `at`, clipped to the buffer. */
function mix(out: Float32Array, at: number, samples: Float32Array, gain = 1): void {
  for (let i = 0; i < samples.length && at + i < out.length; i++) out[at + i]! += samples[i]! * gain;
}

/** A short fade at the end, so a cut-off note does not click. */
function fadeOut(samples: Float32Array, ms: number): Float32Array {
  const n = Math.min(samples.length, Math.round((ms / 1000) * SAMPLE_RATE));
  for (let i = 0; i < n; i++) samples[samples.length - 1 - i]! *= i / n;
  return samples;
}

/** Karplus–Strong: a noise burst in a delay line the length of one period, averaged as it circulates. */
function pluck(hz: number, seconds: number, noise: () => number): Float32Array {
  const out = new Float32Array(Math.round(seconds * SAMPLE_RATE));
  // The averaging filter delays half a sample; a first-order all-pass makes up the rest of the
  // fractional period, so that fretted notes are in tune.
  const period = SAMPLE_RATE / hz - 0.5;
  let length = Math.floor(period);
  let frac = period - length;
  if (frac < 0.1) [length, frac] = [length - 1, frac + 1];
  const c = (1 - frac) / (1 + frac);
  const line = Float32Array.from({ length }, () => noise());
  let last = 0;
  let apIn = 0;
  let apOut = 0;
  for (let i = 0; i < out.length; i++) {
    const k = i % length;
    const current = line[k]!;
    const averaged = 0.4985 * (current + last);
    last = current;
    apOut = c * averaged + apIn - c * apOut;
    apIn = averaged;
    line[k] = apOut;
    out[i] = current;
  }
  return fadeOut(out, 40);
}

/** A piano-like tone: a few harmonics, the higher ones dying faster, with a quick attack. */
function pianoTone(hz: number, seconds: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * SAMPLE_RATE));
  const partials = [1, 0.5, 0.3, 0.15, 0.08];
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    let value = 0;
    partials.forEach((amp, p) => (value += amp * Math.sin(2 * Math.PI * hz * (p + 1) * t) * Math.exp(-t * (1.2 + 1.5 * p))));
    // The hammer: a brighter, louder first 20 ms, so each note starts with an attack.
    out[i] = value * Math.min(1, t / 0.002) * (1 + 1.5 * Math.exp(-t / 0.02));
  }
  return fadeOut(out, 80);
}

function drum(kind: Drum, noise: () => number): Float32Array {
  const seconds = { kick: 0.35, snare: 0.22, hihat: 0.07 }[kind];
  const out = new Float32Array(Math.round(seconds * SAMPLE_RATE));
  let phase = 0;
  let previous = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    if (kind === 'kick') {
      // A sine falling from 120 to 50 Hz: the "thump".
      phase += (2 * Math.PI * (50 + 70 * Math.exp(-t / 0.04))) / SAMPLE_RATE;
      out[i] = Math.sin(phase) * Math.exp(-t / 0.12);
    } else if (kind === 'snare') {
      out[i] = 0.7 * noise() * Math.exp(-t / 0.05) + 0.4 * Math.sin(2 * Math.PI * 185 * t) * Math.exp(-t / 0.03);
    } else {
      // Differenced noise is brighter (a crude high-pass): the hat's hiss.
      const n = noise();
      out[i] = 0.35 * (n - previous) * Math.exp(-t / 0.015);
      previous = n;
    }
  }
  return fadeOut(out, 10);
}

function click(accent: boolean): Float32Array {
  const out = new Float32Array(Math.round(0.03 * SAMPLE_RATE));
  const hz = accent ? 2000 : 1500;
  for (let i = 0; i < out.length; i++) out[i] = 0.5 * Math.sin((2 * Math.PI * hz * i) / SAMPLE_RATE) * Math.exp(-i / (0.006 * SAMPLE_RATE));
  return out;
}

/** The whole clip's audio: count-in clicks, then every beat of the exercise at its time. */
export function renderExercise(exercise: Exercise): Float32Array {
  const timing = exerciseTiming(exercise);
  const out = new Float32Array(timing.clipSeconds * SAMPLE_RATE);
  const at = (ms: number) => Math.round((ms / 1000) * SAMPLE_RATE);
  const noise = noiseSource(0x1e55);
  for (let b = 0; b < exercise.timeSignature[0]; b++) mix(out, at(b * timing.beatMs), click(b === 0));

  switch (exercise.instrument) {
    case 'guitar':
      for (const { startMs, lengthMs, beat } of timedBeats(exercise)) {
        // Boogie riffs are played half-muted: each dyad stops where the next begins.
        for (const note of beat.sounds) mix(out, at(startMs), pluck(midiHz(fretMidi(note)), lengthMs / 1000, noise), 0.6);
      }
      break;
    case 'piano':
      for (const { startMs, lengthMs, beat } of timedBeats(exercise)) {
        // A little longer than written, as if the sustain pedal were touched: legato, not staccato.
        for (const pitch of beat.sounds) mix(out, at(startMs), pianoTone(midiHz(pitchMidi(pitch)), lengthMs / 1000 + 0.15), 0.5);
      }
      break;
    case 'drums':
      for (const { startMs, beat } of timedBeats(exercise)) {
        for (const kind of beat.sounds) mix(out, at(startMs), drum(kind, noise), kind === 'hihat' ? 0.8 : 1);
      }
      break;
  }
  const peak = out.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  return peak > 0 ? out.map((v) => (v / peak) * 0.89) : out;
}

/** 16-bit PCM mono WAV. */
export function wavBytes(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
