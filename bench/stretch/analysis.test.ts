import { describe, expect, it } from 'vitest';
import { analyseChord } from './chord-analysis';
import { analyseOnsets } from './onset-analysis';
import { CHORDS, SAMPLE_RATE } from './test-audio';

/** The one with the low E: the hardest to measure. */
const CHORD_PARTIALS = CHORDS[1]!.partials;

const seconds = (s: number) => Math.round(s * SAMPLE_RATE);

/** The test chord with every partial moved by `cents`, 4 s. */
function chord(cents: (index: number) => number): Float32Array {
  const out = new Float32Array(seconds(4));
  CHORD_PARTIALS.forEach((p, index) => {
    const hz = p.hz * 2 ** (cents(index) / 1200);
    for (let i = 0; i < out.length; i++) out[i]! += 0.1 * p.amplitude * Math.sin((2 * Math.PI * hz * i) / SAMPLE_RATE);
  });
  return out;
}

/** A noise hit every 500 ms, a linear attack over `rampMs` then a decay, after 60 ms of quiet noise at `preLevel`. */
function hits(rampMs: number, preLevel = 0): Float32Array {
  const out = new Float32Array(seconds(3));
  let seed = 1;
  const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (let i = 0; i < out.length; i++) {
    const t = (i / SAMPLE_RATE) % 0.5;
    const attack = Math.min(1, t / (rampMs / 1000 || 1e-9));
    const before = t > 0.44 ? preLevel : 0;
    out[i] = 0.5 * noise() * (attack * Math.exp(-Math.max(0, t - rampMs / 1000) * 40) + before);
  }
  return out;
}

describe('analyseChord', () => {
  it('reads back a known detuning of every partial, within 0.2 cent', () => {
    const result = analyseChord(chord((i) => (i % 2 ? 3 : -2)), SAMPLE_RATE, CHORD_PARTIALS);
    result.partials.forEach((p, i) => expect(Math.abs(p.cents - (i % 2 ? 3 : -2))).toBeLessThan(0.2));
    expect(Math.abs(result.spreadCents - 5)).toBeLessThan(0.4);
    result.partials.forEach((p) => expect(Math.abs(p.levelDb)).toBeLessThan(0.2));
  });

  it('finds an in-tune chord clean and steady', () => {
    const result = analyseChord(chord(() => 0), SAMPLE_RATE, CHORD_PARTIALS);
    expect(result.maxAbsCents).toBeLessThan(0.05);
    expect(result.residueDb).toBeLessThan(-60);
    expect(result.medianWobbleDb).toBeLessThan(0.5);
  });

  it('reports a partial that lost level', () => {
    const quiet = chord(() => 0);
    const lost = CHORD_PARTIALS[0]!;
    // Take back three quarters of the first partial: −12 dB.
    for (let i = 0; i < quiet.length; i++) quiet[i]! -= 0.075 * lost.amplitude * Math.sin((2 * Math.PI * lost.hz * i) / SAMPLE_RATE);
    expect(analyseChord(quiet, SAMPLE_RATE, CHORD_PARTIALS).partials[0]!.levelDb).toBeCloseTo(-12, 0);
  });
});

describe('analyseOnsets', () => {
  it('tells a sharp attack from one ramped over 20 ms', () => {
    const sharp = analyseOnsets(hits(0), SAMPLE_RATE);
    const ramped = analyseOnsets(hits(20), SAMPLE_RATE);
    expect(sharp.hits).toBeGreaterThanOrEqual(4);
    expect(sharp.medianRiseMs).toBeLessThan(5);
    // 10 % → 90 % of a linear ramp is 80 % of it, widened a little by the 2 ms window.
    expect(ramped.medianRiseMs).toBeGreaterThan(14);
    expect(ramped.medianRiseMs).toBeLessThan(20);
  });

  it('measures noise just before the attack as pre-echo', () => {
    expect(analyseOnsets(hits(0), SAMPLE_RATE).preEchoDb).toBeLessThan(-100);
    expect(analyseOnsets(hits(0, 0.03), SAMPLE_RATE).preEchoDb).toBeCloseTo(-30.5, 0);
  });
});
