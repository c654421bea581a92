import { effect, signal, Signal } from '@angular/core';

/**
 * How many items of a list to render: `atOnce` at first, then one more per task until all
 * `total()` are, and again whenever the list grows. A grid of cards rendered in one go is one
 * long task that input waits for; one card per task keeps each short (docs/decisions.md). Call in
 * an injection context: it runs an effect, stopped (and its pending timer cleared) with the component.
 */
export function renderInSteps(total: () => number, atOnce: number): Signal<number> {
  const rendered = signal(atOnce);
  effect((onCleanup) => {
    if (rendered() >= total()) return;
    const timer = setTimeout(() => rendered.update((count) => count + 1));
    onCleanup(() => clearTimeout(timer));
  });
  return rendered.asReadonly();
}
