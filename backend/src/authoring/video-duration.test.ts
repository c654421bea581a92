import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MediaStorage } from '../lib/storage/media-storage';
import { storedVideoDurationSec } from './video-duration';

const CLIP = readFileSync(join(import.meta.dirname, '../local/seed/media/piano.mp4'));

/** Storage holding one file; only the ranged read is used. */
function storageOf(file: Uint8Array | Error) {
  const readRange = vi.fn(async (_key: string, offset: number, length: number) => {
    if (file instanceof Error) throw file;
    return file.subarray(offset, offset + length);
  });
  return { storage: { readRange } as unknown as MediaStorage, readRange };
}

describe('storedVideoDurationSec', () => {
  afterEach(() => vi.restoreAllMocks());

  it("prefers the file's own duration over the browser's", async () => {
    const { storage } = storageOf(CLIP);
    expect(await storedVideoDurationSec(storage, 'k', { contentType: 'video/mp4', sizeBytes: CLIP.length }, 99)).toBe(12);
    expect(await storedVideoDurationSec(storage, 'k', { contentType: 'video/quicktime', sizeBytes: CLIP.length })).toBe(12);
  });

  it("keeps the browser's value for WebM without reading the file", async () => {
    const { storage, readRange } = storageOf(CLIP);
    expect(await storedVideoDurationSec(storage, 'k', { contentType: 'video/webm', sizeBytes: CLIP.length }, 42.4)).toBe(42.4);
    expect(readRange).not.toHaveBeenCalled();
  });

  it("falls back to the browser's value, or 0, when the header has no usable duration, and says so", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const noise = Buffer.alloc(2000, 7);
    expect(await storedVideoDurationSec(storageOf(noise).storage, 'k', { contentType: 'video/mp4', sizeBytes: noise.length }, 30)).toBe(30);
    expect(await storedVideoDurationSec(storageOf(noise).storage, 'k', { contentType: 'video/mp4', sizeBytes: noise.length })).toBe(0);
    // A header claiming more than a video may last is not believed either.
    const huge = Buffer.from(CLIP);
    huge.writeUInt32BE(100_000_000, 32 + 8 + 8 + 16); // mvhd v0 duration: 100,000 s at timescale 1000
    expect(await storedVideoDurationSec(storageOf(huge).storage, 'k', { contentType: 'video/mp4', sizeBytes: huge.length }, 30)).toBe(30);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(JSON.parse(warn.mock.calls[0]![0] as string)).toMatchObject({ level: 'WARN', key: 'k' });
  });

  it("logs a storage failure and keeps the browser's value instead of failing the upload", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { storage } = storageOf(new Error('connect ECONNREFUSED'));
    expect(await storedVideoDurationSec(storage, 'courses/c/v.mp4', { contentType: 'video/mp4', sizeBytes: 5000 }, 42)).toBe(42);
    expect(warn).toHaveBeenCalledOnce();
    expect(JSON.parse(warn.mock.calls[0]![0] as string)).toMatchObject({ level: 'WARN', key: 'courses/c/v.mp4', error: { message: 'connect ECONNREFUSED' } });
  });
});
