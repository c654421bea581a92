import { ChunkedReader, DEFAULT_MP4_READ_LIMITS, findBox, u64, Unreadable, type Box, type Mp4ReadLimits, type ReadBytes } from '../lib/media/mp4-boxes';

export type { ReadBytes } from '../lib/media/mp4-boxes';

/**
 * The duration an ISO BMFF file (MP4, MOV, M4V) states in its movie header (`moov` → `mvhd`),
 * found with a few small reads (lib/media/mp4-boxes.ts): `moov` may sit before or after `mdat`.
 */

/** mvhd's body up to the duration: version 1 has 64-bit times and duration. */
const MVHD_V0_BYTES = 20;
const MVHD_V1_BYTES = 32;

async function mvhdSeconds(reader: ChunkedReader, mvhd: Box): Promise<number | null> {
  const version = (await reader.bytes(mvhd.bodyStart, 1)).getUint8(0);
  const needed = version === 1 ? MVHD_V1_BYTES : MVHD_V0_BYTES;
  if (version > 1 || mvhd.end - mvhd.bodyStart < needed) return null;
  const body = await reader.bytes(mvhd.bodyStart, needed);
  const timescale = version === 1 ? body.getUint32(20) : body.getUint32(12);
  const duration = version === 1 ? u64(body, 24) : body.getUint32(16);
  // All ones is the format's "duration unknown" (e.g. a fragmented file still being written).
  const unknown = version === 1 ? body.getUint32(24) === 0xffffffff && body.getUint32(28) === 0xffffffff : duration === 0xffffffff;
  if (timescale === 0 || unknown) return null;
  return duration / timescale;
}

/**
 * The movie's duration in seconds (not rounded), or null when the file is not ISO BMFF, is
 * truncated or corrupt, states no duration, or needs more reads than `limits` allow. Errors of
 * `read` itself (storage failures) are not caught: they are the caller's to report.
 */
export async function readMp4DurationSec(read: ReadBytes, fileSize: number, limits: Mp4ReadLimits = DEFAULT_MP4_READ_LIMITS): Promise<number | null> {
  const reader = new ChunkedReader(read, fileSize, limits);
  try {
    const moov = await findBox(reader, 'moov', 0, fileSize);
    const mvhd = moov && (await findBox(reader, 'mvhd', moov.bodyStart, moov.end));
    return mvhd ? await mvhdSeconds(reader, mvhd) : null;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}
