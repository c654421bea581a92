import { MAX_VIDEO_SECONDS } from '@lessonstage/shared';
import { logger } from '../lib/observability/logger';
import type { MediaStorage, StoredObject } from '../lib/storage/media-storage';
import { readMp4DurationSec } from './mp4-duration';

/**
 * Types whose duration we read from the file. WebM (Matroska/EBML) is not among them: reading it
 * needs an EBML parser, and until one is worth its tests WebM keeps the browser's reading.
 */
const ISO_BMFF_TYPES = new Set(['video/mp4', 'video/quicktime', 'audio/mp4', 'audio/x-m4a']);

function warn(msg: string, key: string, error?: unknown): void {
  logger.warn(msg, { key, ...(error === undefined ? {} : { error }) });
}

/**
 * A stored video's duration in seconds: the one its own header states when we can read it, else
 * the browser's reading, else 0. The browser's value is the fallback, not the truth, because any
 * client may send any number. Never fails: a storage error while reading the header is logged
 * and the upload is recorded with the fallback.
 */
export async function storedVideoDurationSec(storage: MediaStorage, key: string, stored: StoredObject, browserSec?: number): Promise<number> {
  const fallback = browserSec ?? 0;
  if (!ISO_BMFF_TYPES.has(stored.contentType)) return fallback;
  let fromFile: number | null;
  try {
    fromFile = await readMp4DurationSec((offset, length) => storage.readRange(key, offset, length), stored.sizeBytes);
  } catch (error) {
    warn("could not read the video's header; keeping the browser's duration", key, error);
    return fallback;
  }
  if (fromFile === null || fromFile > MAX_VIDEO_SECONDS) {
    warn("the video's header states no usable duration; keeping the browser's", key);
    return fallback;
  }
  return fromFile;
}
