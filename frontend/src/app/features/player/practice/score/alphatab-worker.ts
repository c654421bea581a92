import type * as AlphaTab from '@coderline/alphatab';

/**
 * Lays out and draws the score in a module worker bundled by the build (hashed like any chunk),
 * in place of alphaTab's own guess of its worker's URL next to its script, which a bundle moves.
 * The external-media player needs no audio worklet.
 */
export function useBundledWorker(alphaTab: typeof AlphaTab): void {
  alphaTab.Environment.initializeMain(
    () => new Worker(new URL('./score.worker', import.meta.url), { type: 'module', name: 'alphaTab renderer' }),
    () => Promise.reject(new Error('No synthesizer in external-media mode')),
  );
}
