import type { Table } from '../report';
import type { ChordResult } from './chord-analysis';
import type { OnsetResult } from './onset-analysis';
import { CHORDS, CLIP_SECONDS } from './test-audio';

export const CENTS_TARGET = 5;

/** One stretcher at one speed, on every clip. */
export interface Measured {
  readonly method: string;
  readonly rate: number;
  /** In CHORDS' order. */
  readonly chords: readonly ChordResult[];
  readonly onsets: OnsetResult;
  /** Output seconds rendered per wall-clock second (offline renderings only). */
  readonly realTimeFactor?: number;
}

const r1 = (value: number) => Math.round(value * 10) / 10;
const r2 = (value: number) => Math.round(value * 100) / 100;
const short = (m: Measured) => `${m.method.split(' ')[0]} ${m.rate}×`;

function chordTable(measured: readonly Measured[]): Table {
  const rows = CHORDS.flatMap((chord, c) =>
    measured.map((m) => {
      const result = m.chords[c]!;
      return {
        chord: chord.name,
        method: m.method,
        speed: `${m.rate}×`,
        'max |cents|': r2(result.maxAbsCents),
        'mean |cents|': r2(result.meanAbsCents),
        'spread cents': r2(result.spreadCents),
        target: `≤ ${CENTS_TARGET}: ${result.maxAbsCents <= CENTS_TARGET ? 'met' : 'NOT met'}`,
        'residue dB': r1(result.residueDb),
        'weakest partial dB': r1(Math.min(...result.partials.map((p) => p.levelDb))),
        'level wobble dB': r1(result.medianWobbleDb),
      };
    }),
  );
  return { title: 'sustained chords', rows, notes: [
    `Each note with harmonics 1–3 at 1/k (E4 ×2 left out: 1.9 cents from A3 ×3), ${CLIP_SECONDS} s; a ${measured[0]?.chords[0]?.fftSize ?? ''}-point Hann FFT over the steady middle, log-parabolic peak interpolation, each partial looked for within ±50 cents.`,
    'Browser: an <audio> element, preservesPitch = true, playbackRate set, through MediaElementAudioSourceNode into an AudioWorklet recorder, in real time (48 kHz AudioContext). signalsmith-stretch: its buffer mode (addBuffers, schedule { rate }) in an OfflineAudioContext at 48 kHz. These figures do not depend on the machine\'s load (the offline rendering cannot drop blocks; a real-time drop-out would show as residue and wobble).',
    'spread: highest − lowest cents over the partials (how far the notes move against each other). residue: power 40 Hz–6 kHz further than 6 Hz from every partial, against the partials\'. weakest partial: its level against the source\'s balance, relative to the median partial. level wobble: p95 − p5 of each partial\'s level over 100 ms frames, median over partials.',
  ] };
}

function drumTable(measured: readonly Measured[]): Table {
  const rows = measured.map((m) => {
    const reference = measured.find((other) => other.method === m.method && other.rate === 1);
    return {
      method: m.method,
      speed: `${m.rate}×`,
      'rise ms (median / max)': `${r1(m.onsets.medianRiseMs)} / ${r1(m.onsets.maxRiseMs)}`,
      'rise ÷ rise at 1×': reference && reference !== m ? r1(m.onsets.medianRiseMs / reference.onsets.medianRiseMs) : '',
      'pre-echo dB': r1(m.onsets.preEchoDb),
      're-attack dB': r1(m.onsets.reAttackDb),
      hits: m.onsets.hits,
      'render speed': m.realTimeFactor === undefined ? 'real time' : `${r1(m.realTimeFactor)}× real time`,
    };
  });
  return { title: 'drum hit', rows, notes: [
    'Noise burst (τ 25 ms) + 60 Hz thump, instant attack, every 500 ms. Envelope: RMS over 2 ms every 0.25 ms (~1.6 ms is its floor). rise: 10 % → 90 % of the hit\'s peak. pre-echo: mean power 60–10 ms before the 50 % point against the peak. re-attack: how far a 10 ms RMS envelope climbs back above its lowest so far, 20–300 ms after the peak while within 40 dB of it (a repeated piece of the attack).',
    'render speed: all clips at that speed, offline, mono, on a shared 2-core machine (the first rendering includes compiling the WASM); load-dependent, unlike every other figure here.',
  ] };
}

function partialTable(measured: readonly Measured[], c: number): Table {
  const chord = CHORDS[c]!;
  const rows = chord.partials.map((partial, i) => {
    const row: Record<string, string | number> = { partial: partial.label, 'expected Hz': r2(partial.hz) };
    for (const m of measured) row[`${short(m)}: cents / dB`] = `${r2(m.chords[c]!.partials[i]!.cents)} / ${r1(m.chords[c]!.partials[i]!.levelDb)}`;
    return row;
  });
  return { title: `partials of ${chord.name}`, rows, notes: ['cents: the strongest peak within ±50 cents of the partial; dB: that partial\'s level as in "weakest partial".'] };
}

export function stretchTables(measured: readonly Measured[]): Table[] {
  return [chordTable(measured), drumTable(measured), ...CHORDS.map((_, c) => partialTable(measured, c))];
}
