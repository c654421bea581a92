import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ffmpegPath } from '../local/transcoder/ffmpeg-binary';
import { readMp4VideoSize } from './mp4-video-size';

const reader = (bytes: Uint8Array) => {
  const reads: number[] = [];
  const read = async (offset: number, length: number) => {
    reads.push(length);
    return bytes.subarray(offset, offset + length);
  };
  return { read, reads };
};

/** A 1 s clip made by ffmpeg: audio track first, then video, moov after mdat (no faststart). */
async function clip(size: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'mp4-size-'));
  try {
    const file = join(dir, 'clip.mp4');
    await promisify(execFile)(ffmpegPath(), ['-v', 'error', '-f', 'lavfi', '-i', 'sine=d=1', '-f', 'lavfi', '-i', `testsrc=size=${size}:rate=10:d=1`, '-map', '0:a', '-map', '1:v', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', file]);
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The clip as a phone records portrait: the last track's tkhd matrix turned 90° (a = d = 0, b = 1, c = -1). */
function rotated90(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const tkhd = copy.lastIndexOf('tkhd', undefined, 'latin1');
  const matrix = tkhd + 4 + (copy[tkhd + 4] === 1 ? 52 : 40);
  [0, 0x10000, 0, -0x10000, 0].forEach((value, i) => copy.writeInt32BE(value, matrix + 4 * i));
  return copy;
}

describe('readMp4VideoSize', () => {
  it('reads a real faststart clip’s picture size in one or two small reads', async () => {
    const bytes = await readFile(join(import.meta.dirname, '../local/seed/media/guitar.mp4'));
    const { read, reads } = reader(bytes);
    expect(await readMp4VideoSize(read, bytes.length)).toEqual({ width: 640, height: 360 });
    expect(reads.length).toBeLessThanOrEqual(3);
  });

  it('skips an audio track, finds moov after mdat, and swaps the sides of a 90° phone video', async () => {
    const landscape = await clip('480x270');
    expect(await readMp4VideoSize(reader(landscape).read, landscape.length)).toEqual({ width: 480, height: 270 });
    const rotated = rotated90(landscape);
    expect(await readMp4VideoSize(reader(rotated).read, rotated.length)).toEqual({ width: 270, height: 480 });
  }, 30_000);

  it('answers null for what is not an MP4 or is cut short', async () => {
    const text = new TextEncoder().encode('not a video at all, just text');
    expect(await readMp4VideoSize(reader(text).read, text.length)).toBeNull();
    const bytes = await readFile(join(import.meta.dirname, '../local/seed/media/guitar.mp4'));
    const head = bytes.subarray(0, 200);
    expect(await readMp4VideoSize(reader(head).read, head.length)).toBeNull();
  });
});
