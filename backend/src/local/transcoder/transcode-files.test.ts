import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS } from '../../transcoding/transcode-failure';
import { ffmpegPath } from './ffmpeg-binary';
import { runFfmpeg } from './ffmpeg-process';
import { transcodeFiles } from './transcode-files';

/** Real ffmpeg (the npm build) on small generated files: 3 s sources keep this under a few seconds. */
describe('transcodeFiles', () => {
  const ffmpeg = ffmpegPath();
  let dir: string;
  const make = async (name: string, args: string[]) => {
    const file = join(dir, name);
    const run = await runFfmpeg(ffmpeg, ['-hide_banner', '-v', 'error', ...args, '-t', '3', '-y', file]);
    expect(run.exitCode, run.stderr).toBe(0);
    return file;
  };
  const video = (size: string) => ['-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=25`, '-f', 'lavfi', '-i', 'sine=frequency=440', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac'];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'transcode-files-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the ladder, init files, poster, sprite, thumbnails index and master playlist', async () => {
    const source = await make('landscape.mp4', video('1280x720'));
    const percents: number[] = [];
    const out = await transcodeFiles({ ffmpeg, source, outDir: join(dir, 'out-l'), onPercent: (p) => percents.push(p) });
    expect(out.plan.renditions.map((r) => r.height)).toEqual([360, 540, 720]);
    expect(out.files).toEqual(expect.arrayContaining(['master.m3u8', 'poster.jpg', 'thumbs/sprite-001.jpg', 'thumbs/thumbnails.vtt', 'v0/index.m3u8', 'v0/init.mp4', 'v0/seg_000.m4s', 'v2/init.mp4']));
    expect(out.files.some((f) => /init_\d/.test(f))).toBe(false);
    const variant = await readFile(join(dir, 'out-l', 'v1', 'index.m3u8'), 'utf8');
    expect(variant).toContain('#EXT-X-MAP:URI="init.mp4"');
    // 2 s segments: a 3 s source makes one of 2 s and one of 1 s.
    expect(variant).toContain('#EXTINF:2.000000');
    expect(variant).toContain('#EXTINF:1.000000');
    expect(out.hasPoster).toBe(true);
    expect(percents.every((p) => p >= 0 && p <= 99)).toBe(true);
  });

  it('keeps a portrait video portrait', async () => {
    const source = await make('portrait.mp4', video('360x640'));
    const out = await transcodeFiles({ ffmpeg, source, outDir: join(dir, 'out-p') });
    expect(out.plan.renditions.map((r) => `${r.width}x${r.height}`)).toEqual(['360x640']);
    expect(await readFile(join(dir, 'out-p', 'master.m3u8'), 'utf8')).toContain('RESOLUTION=360x640');
  });

  it('makes audio-only HLS from an audio file, the cover as poster', async () => {
    const source = await make('track.m4a', ['-f', 'lavfi', '-i', 'sine=frequency=220', '-c:a', 'aac']);
    const cover = await make('cover.png', ['-f', 'lavfi', '-i', 'testsrc2=size=800x450', '-frames:v', '1']);
    const out = await transcodeFiles({ ffmpeg, source, cover, outDir: join(dir, 'out-a') });
    expect(out.plan.audioOnly).toBe(true);
    expect(out.files).toEqual(expect.arrayContaining(['master.m3u8', 'poster.jpg', 'v0/index.m3u8', 'v0/init.mp4']));
    expect(out.files).not.toContain('thumbs/thumbnails.vtt');
  });

  it('fails a text file named .mp4 as unreadable', async () => {
    const source = join(dir, 'text.mp4');
    await writeFile(source, 'not a video at all\n'.repeat(100));
    await expect(transcodeFiles({ ffmpeg, source, outDir: join(dir, 'out-t') })).rejects.toMatchObject({ reason: REASONS.unreadable });
  });

  it('fails a truncated video (its index up front, so a probe alone would pass it) as damaged', async () => {
    const whole = await make('whole.mp4', [...video('1280x720'), '-movflags', '+faststart']);
    const bytes = await readFile(whole);
    const source = join(dir, 'truncated.mp4');
    await writeFile(source, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(transcodeFiles({ ffmpeg, source, outDir: join(dir, 'out-x') })).rejects.toMatchObject({ reason: REASONS.damaged });
  });
});
