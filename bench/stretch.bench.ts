import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../e2e/support/browser/find-chromium';
import { startChromium } from './chromium';
import { own, ownTempDir, type Stop } from './resources';
import { reportTables } from './report';
import { analyseChord, type ChordResult } from './stretch/chord-analysis';
import { analyseOnsets, type OnsetResult } from './stretch/onset-analysis';
import { captureElement, captureStretch, RECORDER_JS, STRETCH_MODULE_PATH } from './stretch/page-capture';
import { startPageServer } from './stretch/page-server';
import { CHORD_PARTIALS, CLIP_SECONDS, SAMPLE_RATE, writeTestAudio } from './stretch/test-audio';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--autoplay-policy=no-user-gesture-required'];
const CENTS_TARGET = 5;

/** STRETCH_DUMP_DIR=folder keeps every capture as raw float32 mono 48 kHz, to listen to or re-analyse. */
const DUMP_DIR = process.env['STRETCH_DUMP_DIR'];

function dump(label: string, chord: Float32Array, drum: Float32Array): void {
  mkdirSync(DUMP_DIR!, { recursive: true });
  writeFileSync(join(DUMP_DIR!, `${label}-chord.f32`), chord);
  writeFileSync(join(DUMP_DIR!, `${label}-drum.f32`), drum);
}

type Capture = (page: Page, url: string, rate: number, clipSeconds: number, sampleRate: number) => Promise<Float32Array>;

const METHODS: readonly { readonly name: string; readonly rate: number; readonly capture: Capture }[] = [
  { name: 'browser preservesPitch (<audio>, real time)', rate: 1, capture: captureElement },
  { name: 'browser preservesPitch (<audio>, real time)', rate: 0.5, capture: captureElement },
  { name: 'signalsmith-stretch 1.3.2 (offline)', rate: 1, capture: captureStretch },
  { name: 'signalsmith-stretch 1.3.2 (offline)', rate: 0.5, capture: captureStretch },
];

interface Measured {
  readonly name: string;
  readonly rate: number;
  readonly chord: ChordResult;
  readonly onsets: OnsetResult;
}

const r1 = (value: number) => Math.round(value * 10) / 10;
const r2 = (value: number) => Math.round(value * 100) / 100;

function summaryRow({ name, rate, chord, onsets }: Measured, reference: Measured | undefined): Record<string, string | number> {
  return {
    method: name,
    speed: `${rate}×`,
    'max |cents|': r2(chord.maxAbsCents),
    'mean |cents|': r2(chord.meanAbsCents),
    'spread cents': r2(chord.spreadCents),
    'pitch target': `≤ ${CENTS_TARGET}: ${chord.maxAbsCents <= CENTS_TARGET ? 'met' : 'NOT met'}`,
    'residue dB': r1(chord.residueDb),
    'level wobble dB': r1(chord.medianWobbleDb),
    'onset rise ms (median / max)': `${r1(onsets.medianRiseMs)} / ${r1(onsets.maxRiseMs)}`,
    'rise ÷ rise at 1×': reference ? r1(onsets.medianRiseMs / reference.onsets.medianRiseMs) : '',
    'pre-echo dB': r1(onsets.preEchoDb),
    're-attack dB': r1(onsets.reAttackDb),
    hits: onsets.hits,
  };
}

function partialRows(measured: readonly Measured[]): Record<string, string | number>[] {
  return CHORD_PARTIALS.map((partial, i) => {
    const row: Record<string, string | number> = { partial: partial.label, 'expected Hz': r2(partial.hz) };
    for (const { name, rate, chord } of measured) row[`${name.split(' ')[0]} ${rate}×: cents`] = r2(chord.partials[i]!.cents);
    return row;
  });
}

/**
 * Slow-down with pitch kept: Chromium's own `preservesPitch` (WSOLA) against signalsmith-stretch,
 * at 1× and 0.5×, on two clips ffmpeg writes at run time: a sustained A-major chord (pitch of each
 * partial, residue between them, level wobble) and a drum hit every 500 ms (attack rise time,
 * pre-echo). Needs only Chromium and ffmpeg, not the stack or a front-end build.
 */
export async function stretchBench(): Promise<void> {
  chromiumPath();
  const stops: Stop[] = [];
  try {
    const dir = ownTempDir('lessonstage-stretch-');
    stops.push(dir.remove);
    const audio = await writeTestAudio(dir.path);
    // Its ES module (the "import" condition), not the UMD file require() would find.
    const stretchModule = fileURLToPath(import.meta.resolve('signalsmith-stretch'));
    const server = await startPageServer({
      '/chord.wav': { path: audio.chordWav, type: 'audio/wav' },
      '/drum.wav': { path: audio.drumWav, type: 'audio/wav' },
      '/recorder.js': { text: RECORDER_JS, type: 'text/javascript' },
      [STRETCH_MODULE_PATH]: { path: stretchModule, type: 'text/javascript' },
    });
    stops.push(server.stop);
    const browser$ = await startChromium(CHROME_FLAGS);
    stops.push(browser$.stop);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${browser$.port}`);
    stops.push(own('Playwright connection to Chromium', () => browser.close()));
    const context = await browser.newContext();
    // tsx keeps function names with esbuild's __name(…): the page needs that helper too.
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);

    const measured: Measured[] = [];
    for (const { name, rate, capture } of METHODS) {
      const chordSamples = await capture(page, '/chord.wav', rate, CLIP_SECONDS, SAMPLE_RATE);
      const drumSamples = await capture(page, '/drum.wav', rate, CLIP_SECONDS, SAMPLE_RATE);
      if (DUMP_DIR) dump(`${name.split(' ')[0]}-${rate}`, chordSamples, drumSamples);
      measured.push({ name, rate, chord: analyseChord(chordSamples, SAMPLE_RATE, CHORD_PARTIALS), onsets: analyseOnsets(drumSamples, SAMPLE_RATE) });
      console.log(`stretch: measured ${name} at ${rate}×`);
    }
    const referenceOf = (m: Measured) => measured.find((other) => other.name === m.name && other.rate === 1);
    reportTables('stretch', [
      {
        title: 'pitch keeping, chord and drum hit',
        rows: measured.map((m) => summaryRow(m, m.rate === 1 ? undefined : referenceOf(m))),
        notes: [
          `Chord: A3, C♯4, E4 (equal temperament) with harmonics 1–3 at 1/k, ${CHORD_PARTIALS.length} partials (E4 ×2 left out: 1.9 cents from A3 ×3), ${CLIP_SECONDS} s; ${measured[0]?.chord.fftSize ?? ''}-point Hann FFT over the steady middle, log-parabolic peak interpolation.`,
          'spread: highest − lowest cents over the partials (how far the notes move out of tune with each other); residue: power 40 Hz–6 kHz further than 6 Hz from every partial, against the partials; level wobble: p95 − p5 of each partial\'s level over 100 ms frames, median over partials.',
          'Drum: noise burst (τ 25 ms) + 60 Hz thump, instant attack, every 500 ms; envelope = RMS over 2 ms every 0.25 ms (so ~1.6 ms is the floor); rise = 10 % → 90 % of the hit\'s peak; pre-echo = mean power 60–10 ms before the 50 % point against the peak; re-attack = how far a 10 ms RMS envelope climbs back above its lowest so far, 20–300 ms after the peak while within 40 dB of it (a repeated piece of the attack).',
          'The browser captures play in real time through an AudioWorklet recorder; the library renders offline. Pitch and onset figures do not depend on the machine\'s load unless real-time playback drops blocks (it would show as residue and wobble).',
        ],
      },
      { title: 'cents per partial', rows: partialRows(measured) },
    ]);
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}
