import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMp4DurationSec, type ReadBytes } from './mp4-duration';

/** A real 12-second H.264/AAC clip, "faststart" (moov before mdat). */
const CLIP = readFileSync(join(import.meta.dirname, '../local/seed/media/guitar.mp4'));

function box(type: string, body: Uint8Array = new Uint8Array(0)): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

/** A box with a 64-bit size (size field 1, then largesize). */
function largeBox(type: string, body: Uint8Array): Buffer {
  const header = Buffer.alloc(16);
  header.writeUInt32BE(1);
  header.write(type, 4, 'latin1');
  header.writeBigUInt64BE(BigInt(16 + body.length), 8);
  return Buffer.concat([header, body]);
}

function mvhd(version: 0 | 1, timescale: number, duration: bigint): Buffer {
  const body = Buffer.alloc(version === 1 ? 108 : 96);
  body.writeUInt8(version, 0);
  if (version === 1) {
    body.writeUInt32BE(timescale, 20);
    body.writeBigUInt64BE(duration, 24);
  } else {
    body.writeUInt32BE(timescale, 12);
    body.writeUInt32BE(Number(duration), 16);
  }
  return box('mvhd', body);
}

const ftyp = box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1'));

/** Top-level boxes of the real clip, by type. */
function clipBoxes(): Map<string, Buffer> {
  const boxes = new Map<string, Buffer>();
  for (let offset = 0; offset < CLIP.length; ) {
    const size = CLIP.readUInt32BE(offset);
    boxes.set(CLIP.toString('latin1', offset + 4, offset + 8), CLIP.subarray(offset, offset + size));
    offset += size;
  }
  return boxes;
}

/** Reads from `file` and records every read, as storage would serve ranged GETs. */
function reader(file: Uint8Array) {
  const reads: { offset: number; length: number }[] = [];
  const read: ReadBytes = async (offset, length) => {
    reads.push({ offset, length });
    return file.subarray(offset, offset + length);
  };
  return { read, reads, bytesRead: () => reads.reduce((sum, r) => sum + r.length, 0) };
}

async function durationOf(file: Uint8Array) {
  const { read, reads } = reader(file);
  return { seconds: await readMp4DurationSec(read, file.length), reads };
}

describe('readMp4DurationSec', () => {
  it('reads a real faststart clip in one small read', async () => {
    const { seconds, reads } = await durationOf(CLIP);
    expect(seconds).toBe(12);
    expect(reads).toEqual([{ offset: 0, length: 4096 }]);
  });

  it('finds moov after a large mdat by reading box headers only', async () => {
    const boxes = clipBoxes();
    // The real clip's boxes reordered as a non-faststart encoder writes them, mdat padded to 50 MB.
    const mdat = box('mdat', Buffer.alloc(50 * 1024 ** 2));
    const file = Buffer.concat([boxes.get('ftyp')!, boxes.get('free')!, mdat, boxes.get('moov')!]);
    const { read, reads, bytesRead } = reader(file);
    expect(await readMp4DurationSec(read, file.length)).toBe(12);
    const moovAt = boxes.get('ftyp')!.length + boxes.get('free')!.length + mdat.length;
    expect(reads.map((r) => r.offset)).toEqual([0, moovAt]);
    expect(bytesRead()).toBeLessThanOrEqual(2 * 4096);
  });

  it('follows 64-bit box sizes and a last box sized 0 ("to the end of the file")', async () => {
    const moovToEnd = box('moov', mvhd(0, 600, 600n * 95n));
    moovToEnd.writeUInt32BE(0);
    const file = Buffer.concat([ftyp, largeBox('mdat', Buffer.alloc(10_000)), moovToEnd]);
    expect((await durationOf(file)).seconds).toBe(95);
  });

  it('reads mvhd version 1 (64-bit duration) and walks past other boxes inside moov', async () => {
    const moov = box('moov', Buffer.concat([box('udta', Buffer.alloc(20)), mvhd(1, 90_000, 90_000n * 3_600n + 45_000n)]));
    expect((await durationOf(Buffer.concat([ftyp, moov]))).seconds).toBe(3_600.5);
  });

  it('answers null, never throws, for files it cannot read', async () => {
    const moov = box('moov', mvhd(0, 1000, 5000n));
    const cases: Record<string, Uint8Array> = {
      empty: new Uint8Array(0),
      webm: Buffer.from('1a45dfa39f4286810142f7810142f2810442f381084282847765626d', 'hex'),
      garbage: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)),
      'no moov': Buffer.concat([ftyp, box('mdat', Buffer.alloc(100))]),
      'moov without mvhd': Buffer.concat([ftyp, box('moov', box('trak'))]),
      'truncated in mdat': Buffer.concat([ftyp, box('mdat', Buffer.alloc(100)), moov]).subarray(0, 90),
      'truncated in moov': Buffer.concat([ftyp, moov]).subarray(0, ftyp.length + 30),
      'box smaller than its header': Buffer.concat([ftyp, Buffer.from([0, 0, 0, 4, 0x6d, 0x64, 0x61, 0x74]), moov]),
      // Without the size check this box would never advance the walk.
      'largesize 0': Buffer.concat([ftyp, largeBox('mdat', Buffer.alloc(8)).fill(0, 8, 16), moov]),
      'largesize past the end': Buffer.concat([ftyp, largeBox('mdat', Buffer.alloc(8)).fill(0xff, 8, 16), moov]),
      'timescale 0': Buffer.concat([ftyp, box('moov', mvhd(0, 0, 5000n))]),
      'duration unknown (all ones)': Buffer.concat([ftyp, box('moov', mvhd(1, 1000, 0xffffffffffffffffn))]),
      'mvhd version 2': Buffer.concat([ftyp, box('moov', mvhd(0, 1000, 5000n).fill(2, 8, 9))]),
    };
    for (const [name, file] of Object.entries(cases)) {
      expect((await durationOf(file)).seconds, name).toBeNull();
    }
  });

  it('stops after its read cap on a file of endless tiny boxes', async () => {
    // 1 MB of empty 8-byte boxes, then the real moov: each read uncovers only more `free` boxes.
    const filler = Buffer.alloc(1024 * 1024, box('free'));
    const file = Buffer.concat([filler, clipBoxes().get('moov')!]);
    const { read, reads, bytesRead } = reader(file);
    expect(await readMp4DurationSec(read, file.length, { maxReads: 12, chunkBytes: 4096 })).toBeNull();
    expect(reads).toHaveLength(12);
    expect(bytesRead()).toBe(12 * 4096);
    // With reads enough for the whole walk the same file is readable: the cap is what stopped it.
    expect(await readMp4DurationSec(read, file.length, { maxReads: 1000, chunkBytes: 4096 })).toBe(12);
  });

  it('lets storage errors through for the caller to report', async () => {
    const failing: ReadBytes = () => Promise.reject(new Error('SlowDown'));
    await expect(readMp4DurationSec(failing, CLIP.length)).rejects.toThrow('SlowDown');
  });
});
