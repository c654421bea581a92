/**
 * The few browser APIs the practice bench's page-side functions use. bench/ is type-checked
 * for Node (no DOM lib: adding it to one file changes `fetch`'s types for every bench), so code
 * passed to page.evaluate reaches them through `globalThis as unknown as PageGlobals`. Types
 * only: functions sent to the page cannot call anything imported.
 */
export interface PageVideo {
  currentTime: number;
  playbackRate: number;
  readonly duration: number;
  readonly paused: boolean;
  readonly seeking: boolean;
  readonly ended: boolean;
  readonly readyState: number;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: string, listener: () => void, options?: { once?: boolean }): void;
  requestVideoFrameCallback(callback: (now: number, metadata: { readonly mediaTime: number }) => void): number;
}

export interface PageElement {
  addEventListener(type: string, listener: (event: { readonly detail: unknown }) => void): void;
}

export interface PageGlobals {
  readonly document: { querySelector(selector: string): unknown };
  readonly MutationObserver: new (callback: () => void) => { observe(target: unknown, options: { childList: boolean; subtree: boolean }): void; disconnect(): void };
  firstStaffMs?: number;
}
