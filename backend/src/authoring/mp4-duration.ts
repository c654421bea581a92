/**
 * The duration an ISO BMFF file (MP4, MOV, M4V) states in its movie header (`moov` → `mvhd`),
 * found with a few small reads so that a multi-gigabyte upload is never downloaded: `moov` may
 * sit before or after `mdat`, and only box headers are read on the way to it.
 */

/** Reads up to `length` bytes at `offset` (fewer only at the end of the file). */
export type ReadBytes = (offset: number, length: number) => Promise<Uint8Array>;

export interface Mp4ReadLimits {
  /** The most reads one file may cost; a file of endless tiny boxes ends here, not in a loop. */
  readonly maxReads: number;
  /** Bytes fetched per read, so neighbouring headers (ftyp, moov, mvhd) come in one read. */
  readonly chunkBytes: number;
}

export const DEFAULT_MP4_READ_LIMITS: Mp4ReadLimits = { maxReads: 12, chunkBytes: 4096 };

/** mvhd's body up to the duration: version 1 has 64-bit times and duration. */
const MVHD_V0_BYTES = 20;
const MVHD_V1_BYTES = 32;
const LARGE_HEADER_BYTES = 16;

interface Box {
  readonly bodyStart: number;
  readonly end: number;
}

/** Signals "stop reading": the parser answers null for it like for any unreadable file. */
class Unreadable extends Error {}

/** Serves reads from the last chunk fetched when it can, and counts the fetches. */
class ChunkedReader {
  private chunkStart = 0;
  private chunk: Uint8Array = new Uint8Array(0);
  private reads = 0;

  constructor(
    private readonly read: ReadBytes,
    private readonly fileSize: number,
    private readonly limits: Mp4ReadLimits,
  ) {}

  async bytes(offset: number, length: number): Promise<DataView> {
    if (offset + length > this.fileSize) throw new Unreadable();
    const from = offset - this.chunkStart;
    if (from < 0 || from + length > this.chunk.length) {
      if (++this.reads > this.limits.maxReads) throw new Unreadable();
      const want = Math.min(Math.max(length, this.limits.chunkBytes), this.fileSize - offset);
      this.chunk = await this.read(offset, want);
      this.chunkStart = offset;
      if (this.chunk.length < length) throw new Unreadable();
    }
    const start = this.chunk.byteOffset + offset - this.chunkStart;
    return new DataView(this.chunk.buffer, start, length);
  }
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at) * 2 ** 32 + view.getUint32(at + 4);
}

function boxType(view: DataView): string {
  const codes = [4, 5, 6, 7].map((i) => view.getUint8(i));
  // Structural box types are printable ASCII; anything else means we are not reading boxes.
  if (codes.some((c) => c < 0x20 || c > 0x7e)) throw new Unreadable();
  return String.fromCharCode(...codes);
}

/** The first box of `type` among the sibling boxes in [start, end). */
async function findBox(reader: ChunkedReader, type: string, start: number, end: number): Promise<Box | null> {
  let offset = start;
  while (offset + 8 <= end) {
    const header = await reader.bytes(offset, Math.min(LARGE_HEADER_BYTES, end - offset));
    const size32 = header.getUint32(0);
    let headerBytes = 8;
    let size = size32;
    if (size32 === 1) {
      if (header.byteLength < LARGE_HEADER_BYTES) throw new Unreadable();
      headerBytes = LARGE_HEADER_BYTES;
      size = u64(header, 8);
    } else if (size32 === 0) {
      size = end - offset;
    }
    // A box smaller than its header, or past its parent's end, is a truncated or corrupt file.
    if (size < headerBytes || offset + size > end) throw new Unreadable();
    if (boxType(header) === type) return { bodyStart: offset + headerBytes, end: offset + size };
    offset += size;
  }
  return null;
}

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
