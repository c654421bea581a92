import { ChunkedReader, findBox, Unreadable, type Mp4ReadLimits, type ReadBytes } from '../lib/media/mp4-boxes';

/**
 * The picture size an MP4/MOV states for its first video track (`moov` → `trak` → `tkhd`), as
 * displayed: a phone's 90° rotation matrix swaps width and height. For the AWS start step, which
 * plans MediaConvert's ladder without downloading the original (a few 4 KB ranged reads).
 */
export interface VideoSize {
  readonly width: number;
  readonly height: number;
}

/** moov's header boxes and every trak's tkhd are near each other; a few more reads than the duration's. */
const LIMITS: Mp4ReadLimits = { maxReads: 24, chunkBytes: 4096 };
/** tkhd bodies: version 0 has 32-bit times (84 bytes), version 1 64-bit (96). */
const TKHD_BYTES = { 0: 84, 1: 96 } as const;

async function tkhdSize(reader: ChunkedReader, start: number, end: number): Promise<VideoSize | null> {
  const version = (await reader.bytes(start, 1)).getUint8(0);
  if (version !== 0 && version !== 1) return null;
  const bytes = TKHD_BYTES[version];
  if (end - start < bytes) return null;
  const body = await reader.bytes(start, bytes);
  const matrix = version === 1 ? 52 : 40;
  const [a, d] = [body.getInt32(matrix), body.getInt32(matrix + 16)];
  // Width and height are 16.16 fixed point; audio tracks state 0 × 0.
  const width = Math.round(body.getUint32(bytes - 8) / 65536);
  const height = Math.round(body.getUint32(bytes - 4) / 65536);
  if (!width || !height) return null;
  // A 90° or 270° rotation has a = d = 0 (b and c = ±1).
  return a === 0 && d === 0 ? { width: height, height: width } : { width, height };
}

/** The first track with a picture, or null when the file is not ISO BMFF, is damaged or states none. */
export async function readMp4VideoSize(read: ReadBytes, fileSize: number): Promise<VideoSize | null> {
  const reader = new ChunkedReader(read, fileSize, LIMITS);
  try {
    const moov = await findBox(reader, 'moov', 0, fileSize);
    if (!moov) return null;
    for (let trak = await findBox(reader, 'trak', moov.bodyStart, moov.end); trak; trak = await findBox(reader, 'trak', trak.end, moov.end)) {
      const tkhd = await findBox(reader, 'tkhd', trak.bodyStart, trak.end);
      const size = tkhd && (await tkhdSize(reader, tkhd.bodyStart, tkhd.end));
      if (size) return size;
    }
    return null;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}
