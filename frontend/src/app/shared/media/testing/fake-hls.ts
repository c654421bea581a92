/** A stand-in for hls.js in unit tests: records what the page asks of it and emits events on demand. */
export class FakeHls {
  static readonly Events = { MANIFEST_PARSED: 'hlsManifestParsed', LEVEL_SWITCHING: 'hlsLevelSwitching', LEVEL_SWITCHED: 'hlsLevelSwitched', FRAG_LOADED: 'hlsFragLoaded', ERROR: 'hlsError' } as const;
  static readonly ErrorTypes = { MEDIA_ERROR: 'mediaError', NETWORK_ERROR: 'networkError' } as const;
  static instances: FakeHls[] = [];
  static supported = true;

  static isSupported(): boolean {
    return FakeHls.supported;
  }

  source: string | null = null;
  media: HTMLMediaElement | null = null;
  nextLevel = -1;
  /** What the seek rule reads and sets (hls-attachment.ts): no levels, no estimate until a test sets them. */
  levels: { bitrate: number; details?: { targetduration: number } }[] = [];
  nextAutoLevel = -1;
  loadLevel = -1;
  bandwidthEstimate = Number.NaN;
  destroyed = false;
  mediaRecoveries = 0;
  private readonly handlers = new Map<string, (event: string, data: unknown) => void>();

  constructor(readonly config: Record<string, unknown>) {
    FakeHls.instances.push(this);
  }

  on(event: string, handler: (event: string, data: unknown) => void): void {
    this.handlers.set(event, handler);
  }

  emit(event: string, data: unknown): void {
    this.handlers.get(event)?.(event, data);
  }

  loadSource(url: string): void {
    this.source = url;
  }

  attachMedia(media: HTMLMediaElement): void {
    this.media = media;
  }

  recoverMediaError(): void {
    this.mediaRecoveries++;
  }

  destroy(): void {
    this.destroyed = true;
  }
}
