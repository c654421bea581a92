import { levelAt, peakNear, powerSpectrum } from './spectrum';
import type { Partial } from './test-audio';

const MAX_FFT = 131_072;
/** Each partial is looked for this far either side of where it belongs. */
const SEARCH_CENTS = 50;
/** Power within this many Hz of a partial counts as that partial; the rest is residue. */
const PARTIAL_BAND_HZ = 6;
const WOBBLE_FRAME_S = 0.1;
const WOBBLE_HOP_S = 0.025;

export interface PartialResult {
  readonly label: string;
  readonly expectedHz: number;
  readonly measuredHz: number;
  readonly cents: number;
  /** p95 − p5 of its level across 100 ms frames, dB. */
  readonly wobbleDb: number;
  /** Its level against what the source gives it, relative to the median partial's, dB. */
  readonly levelDb: number;
}

export interface ChordResult {
  readonly partials: readonly PartialResult[];
  readonly maxAbsCents: number;
  readonly meanAbsCents: number;
  /** Highest − lowest cents: how far the chord's notes move against each other. */
  readonly spreadCents: number;
  /** Power 40 Hz–6 kHz away from every partial, against the partials' power, dB. */
  readonly residueDb: number;
  readonly medianWobbleDb: number;
  readonly fftSize: number;
}

const db = (ratio: number) => 10 * Math.log10(ratio);

/**
 * The steady part of a capture: where its 10 ms RMS is above half its maximum, less 0.5 s at
 * each end (fades, a stretcher's start-up and tail).
 */
export function steadyRange(samples: Float32Array, sampleRate: number): { from: number; to: number } {
  const hop = Math.round(sampleRate / 100);
  const rms: number[] = [];
  for (let i = 0; i + hop <= samples.length; i += hop) {
    let sum = 0;
    for (let j = i; j < i + hop; j++) sum += samples[j]! ** 2;
    rms.push(Math.sqrt(sum / hop));
  }
  const top = Math.max(...rms);
  const first = rms.findIndex((v) => v > top / 2);
  const last = rms.findLastIndex((v) => v > top / 2);
  if (first < 0) throw new Error('the capture is silent');
  return { from: first * hop + sampleRate / 2, to: (last + 1) * hop - sampleRate / 2 };
}

function percentileOf(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))))]!;
}

function wobbleDb(samples: Float32Array, from: number, to: number, hz: number, sampleRate: number): number {
  const frame = Math.round(WOBBLE_FRAME_S * sampleRate);
  const hop = Math.round(WOBBLE_HOP_S * sampleRate);
  const levels: number[] = [];
  for (let at = from; at + frame <= to; at += hop) levels.push(20 * Math.log10(levelAt(samples, at, frame, hz, sampleRate) + 1e-12));
  return percentileOf(levels, 95) - percentileOf(levels, 5);
}

/** Pitch of each partial, the residue between them, and how steady their levels are. */
export function analyseChord(samples: Float32Array, sampleRate: number, partials: readonly Partial[]): ChordResult {
  const { from, to } = steadyRange(samples, sampleRate);
  let n = MAX_FFT;
  while (n > to - from) n /= 2;
  if (n < 16_384) throw new Error(`steady part of the chord too short: ${to - from} samples`);
  const start = from + Math.floor((to - from - n) / 2);
  const power = powerSpectrum(samples, start, n);
  const binHz = sampleRate / n;
  const peaks = partials.map((p) => peakNear(power, p.hz, binHz, SEARCH_CENTS));
  const gains = peaks.map((peak, i) => Math.sqrt(peak.power) / partials[i]!.amplitude);
  const medianGain = percentileOf(gains, 50);
  const results = partials.map((p, i): PartialResult => {
    const peak = peaks[i]!;
    return {
      label: p.label,
      expectedHz: p.hz,
      measuredHz: peak.hz,
      cents: 1200 * Math.log2(peak.hz / p.hz),
      wobbleDb: wobbleDb(samples, from, to, p.hz, sampleRate),
      levelDb: 20 * Math.log10(gains[i]! / medianGain),
    };
  });
  let inBand = 0;
  let outOfBand = 0;
  for (let k = Math.ceil(40 / binHz); k <= Math.floor(6000 / binHz); k++) {
    const hz = k * binHz;
    if (partials.some((p) => Math.abs(hz - p.hz) <= PARTIAL_BAND_HZ)) inBand += power[k]!;
    else outOfBand += power[k]!;
  }
  const abs = results.map((r) => Math.abs(r.cents));
  return {
    partials: results,
    maxAbsCents: Math.max(...abs),
    meanAbsCents: abs.reduce((a, b) => a + b, 0) / abs.length,
    spreadCents: Math.max(...results.map((r) => r.cents)) - Math.min(...results.map((r) => r.cents)),
    residueDb: db(outOfBand / inBand),
    medianWobbleDb: percentileOf(results.map((r) => r.wobbleDb), 50),
    fftSize: n,
  };
}
