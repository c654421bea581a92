import { InjectionToken } from '@angular/core';

export interface UploadConfig {
  /** Parts of a multipart upload sent at the same time. */
  readonly parallelParts: number;
  /** Waits before each retry of a failed part; its length is the number of retries. */
  readonly retryDelaysMs: readonly number[];
  /** Makes the request for each PUT (tests pass a fake). */
  readonly createXhr: () => XMLHttpRequest;
}

export const DEFAULT_UPLOAD_CONFIG: UploadConfig = {
  parallelParts: 4,
  retryDelaysMs: [1000, 3000, 9000],
  createXhr: () => new XMLHttpRequest(),
};

export const UPLOAD_CONFIG = new InjectionToken<UploadConfig>('UPLOAD_CONFIG', {
  providedIn: 'root',
  factory: () => DEFAULT_UPLOAD_CONFIG,
});
