/**
 * The Web Audio and media members the stretch bench's page functions use (bench/ is type-checked
 * without the DOM lib: see ../page-types.ts). Types only.
 */
export interface PagePort {
  onmessage: ((event: { readonly data: unknown }) => void) | null;
}

export interface PageAudioNode {
  connect<T extends PageAudioNode>(target: T): T;
}

export interface PageAudioBuffer {
  readonly duration: number;
  getChannelData(channel: number): Float32Array;
}

export interface PageAudioContext {
  readonly destination: PageAudioNode;
  readonly audioWorklet: { addModule(url: string): Promise<void> };
  resume(): Promise<void>;
  close(): Promise<void>;
  createMediaElementSource(element: PageAudioElement): PageAudioNode;
  decodeAudioData(data: ArrayBuffer): Promise<PageAudioBuffer>;
}

export interface PageOfflineAudioContext extends PageAudioContext {
  startRendering(): Promise<PageAudioBuffer>;
}

export interface PageAudioElement {
  src: string;
  playbackRate: number;
  preservesPitch: boolean;
  readonly error: { readonly code: number } | null;
  play(): Promise<void>;
  addEventListener(type: string, listener: () => void, options?: { once?: boolean }): void;
}

/** signalsmith-stretch's node (its README: "How to use it"). */
export interface StretchNode extends PageAudioNode {
  addBuffers(buffers: Float32Array[]): Promise<number>;
  schedule(change: { active?: boolean; input?: number; output?: number; rate?: number }): Promise<unknown>;
  configure(config: StretchConfig): Promise<unknown>;
}

/** Its README's `configure({...})`: a block length, or `{ preset: 'cheaper' }`. */
export interface StretchConfig {
  readonly blockMs?: number;
  readonly intervalMs?: number;
  readonly preset?: 'default' | 'cheaper';
}

export type CreateStretch = (context: PageAudioContext, options: { numberOfInputs: number; numberOfOutputs: number; outputChannelCount: number[] }) => Promise<StretchNode>;

export interface StretchPageGlobals {
  readonly AudioContext: new (options: { sampleRate: number }) => PageAudioContext;
  readonly OfflineAudioContext: new (channels: number, length: number, sampleRate: number) => PageOfflineAudioContext;
  readonly AudioWorkletNode: new (context: PageAudioContext, name: string, options: object) => PageAudioNode & { readonly port: PagePort };
  readonly Audio: new () => PageAudioElement;
  btoa(text: string): string;
}
