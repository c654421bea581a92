/**
 * Walking the boxes of an ISO BMFF file (MP4, MOV, M4V) with a few small ranged reads, so that a
 * multi-gigabyte upload is never downloaded: only box headers are read on the way to a box.
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

const LARGE_HEADER_BYTES = 16;

export interface Box {
  readonly bodyStart: number;
  readonly end: number;
}

/** Signals "stop reading": the parser answers null for it like for any unreadable file. */
export class Unreadable extends Error {}

/** Serves reads from the last chunk fetched when it can, and counts the fetches. */
export class ChunkedReader {
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

export function u64(view: DataView, at: number): number {
  return view.getUint32(at) * 2 ** 32 + view.getUint32(at + 4);
}

function boxType(view: DataView): string {
  const codes = [4, 5, 6, 7].map((i) => view.getUint8(i));
  // Structural box types are printable ASCII; anything else means we are not reading boxes.
  if (codes.some((c) => c < 0x20 || c > 0x7e)) throw new Unreadable();
  return String.fromCharCode(...codes);
}

/** The first box of `type` among the sibling boxes in [start, end). */
export async function findBox(reader: ChunkedReader, type: string, start: number, end: number): Promise<Box | null> {
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
