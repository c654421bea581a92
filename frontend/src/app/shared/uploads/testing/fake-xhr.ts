/**
 * A stand-in for XMLHttpRequest that records what was sent and lets a test decide, step by step,
 * how the upload goes (progress, answer, network failure). Not imported by application code.
 */
export class FakeXhr {
  static sent: FakeXhr[] = [];

  method = '';
  url = '';
  readonly requestHeaders: Record<string, string> = {};
  body: Blob | null = null;
  status = 0;
  responseText = '';
  aborted = false;
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  private responseHeaders: Record<string, string> = {};

  static reset(): void {
    FakeXhr.sent = [];
  }

  /** Requests sent and not answered yet. */
  static pending(): FakeXhr[] {
    return FakeXhr.sent.filter((xhr) => xhr.status === 0 && !xhr.aborted && !xhr.failed);
  }

  static create(): XMLHttpRequest {
    return new FakeXhr() as unknown as XMLHttpRequest;
  }

  private failed = false;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.requestHeaders[name] = value;
  }

  send(body: Blob): void {
    this.body = body;
    FakeXhr.sent.push(this);
  }

  abort(): void {
    this.aborted = true;
    this.onabort?.();
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }

  // ── Test controls ──

  progress(loaded: number): void {
    this.upload.onprogress?.({ loaded, total: this.body?.size ?? 0, lengthComputable: true } as ProgressEvent);
  }

  respond(status: number, headers: Record<string, string> = {}, body = ''): void {
    this.status = status;
    this.responseText = body;
    this.responseHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    this.onload?.();
  }

  networkError(): void {
    this.failed = true;
    this.onerror?.();
  }
}

/** Lets pending promise callbacks and zero-delay timers (retry pauses in tests) run. */
export async function flushPromises(rounds = 3): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < 10; i++) {
      await Promise.resolve();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
