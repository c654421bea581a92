import { inject, Injectable } from '@angular/core';
import type { UploadTicket } from '@lessonstage/shared';

import { UPLOAD_CONFIG } from './upload-config';

export interface UploadedPart {
  readonly partNumber: number;
  readonly etag: string;
}

type MultipartTicket = NonNullable<UploadTicket['multipart']>;

/** An upload that storage refused or that never arrived, worded for people. */
export class UploadTransferError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadTransferError';
  }
}

export function abortError(): DOMException {
  return new DOMException('The upload was cancelled.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** S3 answers refusals as XML: <Error><Code>…</Code><Message>…</Message></Error>. */
function refusalMessage(xhr: XMLHttpRequest): string {
  let body = '';
  try {
    body = typeof xhr.responseText === 'string' ? xhr.responseText : '';
  } catch {
    // responseText is unreadable for some response types; the status says enough.
  }
  const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1]?.trim();
  return message
    ? `Storage refused the upload (${xhr.status}): ${message}`
    : `Storage refused the upload (HTTP ${xhr.status}).`;
}

const INTERRUPTED = 'The upload was interrupted. Check your connection and try again.';

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortError());
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Sends a file's bytes straight to storage with the presigned URLs of an upload ticket, using
 * XMLHttpRequest for its upload progress events. The URLs are used exactly as given (the local
 * stack's /storage gateway, or S3 itself).
 */
@Injectable({ providedIn: 'root' })
export class UploadTransfer {
  private readonly config = inject(UPLOAD_CONFIG);

  /**
   * Uploads `file` as the ticket says. Resolves with the parts' ETags for a multipart upload
   * (undefined for a single PUT); rejects with an UploadTransferError, or an AbortError once
   * `signal` aborts. `onProgress` gets the bytes sent so far.
   */
  async send(
    ticket: UploadTicket,
    file: Blob,
    onProgress: (sentBytes: number) => void,
    signal: AbortSignal,
  ): Promise<UploadedPart[] | undefined> {
    if (ticket.single) {
      await this.put(ticket.single.url, ticket.single.headers, file, onProgress, signal);
      return undefined;
    }
    if (ticket.multipart) {
      return this.sendParts(ticket.multipart, file, onProgress, signal);
    }
    throw new UploadTransferError('The upload ticket has no upload URL.');
  }

  /**
   * The parts of a multipart upload, a few at a time. A failed part is retried on its own
   * after a pause; when it keeps failing, the other parts are stopped and the upload fails.
   */
  private async sendParts(
    multipart: MultipartTicket,
    file: Blob,
    onProgress: (sentBytes: number) => void,
    signal: AbortSignal,
  ): Promise<UploadedPart[]> {
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const sent = new Map<number, number>();
    const report = () => onProgress([...sent.values()].reduce((sum, bytes) => sum + bytes, 0));
    const waiting = [...multipart.parts];
    const done: UploadedPart[] = [];

    const worker = async () => {
      for (let part = waiting.shift(); part; part = waiting.shift()) {
        const start = (part.partNumber - 1) * multipart.partSize;
        // No type on the slice: parts go without Content-Type, as they were signed.
        const body = file.slice(start, start + part.sizeBytes);
        const partNumber = part.partNumber;
        const etag = await this.putPart(part.url, body, (bytes) => {
          sent.set(partNumber, bytes);
          report();
        }, stop.signal);
        done.push({ partNumber, etag });
      }
    };

    try {
      const workers = Array.from({ length: Math.min(this.config.parallelParts, waiting.length) }, worker);
      await Promise.all(workers.map((running) => running.catch((error: unknown) => {
        stop.abort();
        throw error;
      })));
    } catch (error) {
      throw signal.aborted ? abortError() : error;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    return done.sort((a, b) => a.partNumber - b.partNumber);
  }

  private async putPart(url: string, body: Blob, onProgress: (sentBytes: number) => void, signal: AbortSignal): Promise<string> {
    const delays = this.config.retryDelaysMs;
    for (let attempt = 0; ; attempt++) {
      try {
        const xhr = await this.put(url, {}, body, onProgress, signal);
        const etag = xhr.getResponseHeader('ETag');
        if (!etag) {
          throw new UploadTransferError('Storage did not confirm a part of the file (no ETag). Try again.');
        }
        return etag;
      } catch (error) {
        if (isAbortError(error) || attempt >= delays.length) {
          throw error;
        }
        onProgress(0);
        await wait(delays[attempt], signal);
      }
    }
  }

  /** One PUT; resolves with the finished request when storage answers 2xx. */
  private put(
    url: string,
    headers: Readonly<Record<string, string>>,
    body: Blob,
    onProgress: (sentBytes: number) => void,
    signal: AbortSignal,
  ): Promise<XMLHttpRequest> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(abortError());
        return;
      }
      const xhr = this.config.createXhr();
      const onAbort = () => xhr.abort();
      const settle = (result: () => void) => {
        signal.removeEventListener('abort', onAbort);
        result();
      };
      xhr.open('PUT', url);
      for (const [name, value] of Object.entries(headers)) {
        xhr.setRequestHeader(name, value);
      }
      xhr.upload.onprogress = (event) => onProgress(event.loaded);
      xhr.onload = () =>
        settle(() => {
          if (xhr.status >= 200 && xhr.status < 300) {
            onProgress(body.size);
            resolve(xhr);
          } else {
            reject(new UploadTransferError(refusalMessage(xhr)));
          }
        });
      xhr.onerror = () => settle(() => reject(new UploadTransferError(INTERRUPTED)));
      xhr.ontimeout = () => settle(() => reject(new UploadTransferError(INTERRUPTED)));
      xhr.onabort = () => settle(() => reject(abortError()));
      signal.addEventListener('abort', onAbort, { once: true });
      xhr.send(body);
    });
  }
}
