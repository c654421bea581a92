import type { Page } from 'playwright-core';
import type { CreateStretch, StretchConfig, StretchPageGlobals } from './page-types';

/**
 * An AudioWorklet that hands every 128-frame block of its (mono) input to the page, and passes
 * it on so that the graph is pulled. Served by the bench's page server as /recorder.js.
 */
export const RECORDER_JS = `registerProcessor('recorder', class extends AudioWorkletProcessor {
  process(inputs, outputs) {
    const input = inputs[0] && inputs[0][0];
    const block = input ? input.slice() : new Float32Array(128);
    this.port.postMessage(block, [block.buffer]);
    if (input) outputs[0][0].set(input);
    return true;
  }
});`;

/** Where the page server serves signalsmith-stretch's ES module. */
export const STRETCH_MODULE_PATH = '/signalsmith-stretch.mjs';

/** Float32 samples from the page, sent as base64 (a JSON array of 400 k numbers is slow). */
function samplesOf(base64: string): Float32Array {
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  return new Float32Array(bytes.buffer);
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface Captured {
  readonly samples: Float32Array;
  /** Offline renderings only: wall-clock ms of startRendering(). */
  readonly renderMs?: number;
}

/**
 * Plays `url` in an <audio> element at `rate` with the browser's own pitch keeping
 * (`preservesPitch`), through MediaElementAudioSourceNode into the recorder, in real time, and
 * returns what reached the recorder from play() until 300 ms after `ended`.
 */
export async function captureElement(page: Page, url: string, rate: number, clipSeconds: number, sampleRate: number): Promise<Captured> {
  const work = page.evaluate(
    async ({ url, rate, sampleRate }) => {
      const g = globalThis as unknown as StretchPageGlobals;
      const context = new g.AudioContext({ sampleRate });
      await context.audioWorklet.addModule('/recorder.js');
      const audio = new g.Audio();
      audio.preservesPitch = true;
      audio.src = url;
      await new Promise<void>((resolve, reject) => {
        audio.addEventListener('canplaythrough', () => resolve(), { once: true });
        audio.addEventListener('error', () => reject(new Error(`media error ${audio.error?.code} for ${url}`)), { once: true });
      });
      const recorder = new g.AudioWorkletNode(context, 'recorder', { numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1], channelCount: 1, channelCountMode: 'explicit' });
      const blocks: Float32Array[] = [];
      let recording = false;
      recorder.port.onmessage = (event) => {
        if (recording) blocks.push(event.data as Float32Array);
      };
      context.createMediaElementSource(audio).connect(recorder).connect(context.destination);
      await context.resume();
      audio.playbackRate = rate;
      const ended = new Promise<void>((resolve) => audio.addEventListener('ended', () => resolve(), { once: true }));
      recording = true;
      await audio.play();
      await ended;
      await new Promise((resolve) => setTimeout(resolve, 300));
      recording = false;
      await context.close();
      const all = new Float32Array(blocks.reduce((sum, b) => sum + b.length, 0));
      blocks.reduce((at, b) => (all.set(b, at), at + b.length), 0);
      const bytes = new Uint8Array(all.buffer);
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return g.btoa(text);
    },
    { url, rate, sampleRate },
  );
  return { samples: samplesOf(await withTimeout(work, (clipSeconds / rate + 20) * 1000, `<audio> at ${rate}× (${url})`)) };
}

/**
 * Renders `url` through signalsmith-stretch at `rate` in an OfflineAudioContext (as fast as the
 * CPU allows, so the machine's load cannot drop blocks) and returns the rendering. Its default
 * preset unless `config` says otherwise.
 */
export async function captureStretch(page: Page, url: string, rate: number, clipSeconds: number, sampleRate: number, config?: StretchConfig): Promise<Captured> {
  const work = page.evaluate(
    async ({ url, rate, sampleRate, moduleUrl, config }) => {
      const g = globalThis as unknown as StretchPageGlobals;
      const create = ((await import(moduleUrl)) as { default: CreateStretch }).default;
      const decoder = new g.OfflineAudioContext(1, 1, sampleRate);
      const clip = await decoder.decodeAudioData(await (await fetch(url)).arrayBuffer());
      const context = new g.OfflineAudioContext(1, Math.ceil((clip.duration / rate + 1) * sampleRate), sampleRate);
      const stretch = await create(context, { numberOfInputs: 0, numberOfOutputs: 1, outputChannelCount: [1] });
      if (config) await stretch.configure(config);
      await stretch.addBuffers([clip.getChannelData(0)]);
      await stretch.schedule({ active: true, input: 0, output: 0, rate });
      stretch.connect(context.destination);
      const started = performance.now();
      const rendered = (await context.startRendering()).getChannelData(0);
      const renderMs = performance.now() - started;
      const bytes = new Uint8Array(rendered.buffer, rendered.byteOffset, rendered.byteLength);
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { base64: g.btoa(text), renderMs };
    },
    { url, rate, sampleRate, moduleUrl: STRETCH_MODULE_PATH, config },
  );
  const { base64, renderMs } = await withTimeout(work, (clipSeconds / rate + 60) * 1000, `signalsmith-stretch at ${rate}× (${url})`);
  return { samples: samplesOf(base64), renderMs };
}
