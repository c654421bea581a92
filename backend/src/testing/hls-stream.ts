import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { CourseRecord, LessonRecord, LessonStreamRecord } from '../courses/course.record';

type RenditionRecord = LessonStreamRecord['renditions'][number];
import type { AppConfig } from '../lib/config';
import { SEGMENT_SECONDS } from '../transcoding/hls-layout';
import { createS3Client } from '../lib/storage/s3-client';
import { fixtureTables, putCourse } from './fixture-writes';

/**
 * A real, small HLS output made by ffmpeg in the contract's layout (master.m3u8, v<N>/index.m3u8 +
 * init.mp4 + seg_NNN.m4s, fMP4 segments of SEGMENT_SECONDS with keyframes every 2 s, poster.jpg,
 * thumbs/sprite-NNN.jpg + thumbs/thumbnails.vtt), for tests and benchmarks of playback. It stands
 * in for the transcoder's output; the picture is a test pattern with noise, so rungs reach their
 * bitrates. Kept in a cache folder by its parameters: a second run encodes nothing.
 */
export interface TestStreamOptions {
  readonly durationSec: number;
  /** Heights and video bitrates, lowest first. */
  readonly rungs: readonly { readonly height: number; readonly videoKbps: number }[];
  /** Segment length in seconds (keyframes stay every 2 s); the transcoder's SEGMENT_SECONDS unless set. */
  readonly segmentSec?: number;
}

export const SMALL_TEST_STREAM: TestStreamOptions = { durationSec: 8, rungs: [{ height: 360, videoKbps: 400 }] };
export const LADDER_TEST_STREAM: TestStreamOptions = {
  // Longer than the player's 30 s buffer ahead, so segments are still fetched minutes in.
  durationSec: 90,
  rungs: [
    { height: 360, videoKbps: 500 },
    { height: 720, videoKbps: 2500 },
  ],
};

const run = promisify(execFile);
const ffmpeg = () => process.env['FFMPEG_PATH'] ?? '/usr/bin/ffmpeg';
/** The top rung's size, 16:9. */
const sourceSize = (options: TestStreamOptions) => {
  const height = Math.max(...options.rungs.map((r) => r.height));
  return `${Math.round((height * 16) / 9 / 2) * 2}x${height}`;
};
const SOURCE = (options: TestStreamOptions) => [
  '-f', 'lavfi', '-i', `testsrc2=size=${sourceSize(options)}:rate=30:duration=${options.durationSec},noise=alls=30:allf=t`,
  '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${options.durationSec}`,
];
const THUMB_EVERY_SEC = 2;
const THUMB = { w: 160, h: 90, columns: 5, rows: 5 };

async function encodeLadder(out: string, options: TestStreamOptions): Promise<void> {
  const { rungs } = options;
  const split = `[0:v]split=${rungs.length}${rungs.map((_, i) => `[s${i}]`).join('')}`;
  const scales = rungs.map((r, i) => `[s${i}]scale=-2:${r.height}[v${i}]`).join(';');
  const perRung = rungs.flatMap((r, i) => [
    '-map', `[v${i}]`, '-map', '1:a',
    `-b:v:${i}`, `${r.videoKbps}k`, `-maxrate:v:${i}`, `${Math.round(r.videoKbps * 1.1)}k`, `-bufsize:v:${i}`, `${r.videoKbps * 2}k`,
  ]);
  await run(ffmpeg(), [
    '-v', 'error', '-y', ...SOURCE(options), '-filter_complex', `${split};${scales}`, ...perRung,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', '60', '-keyint_min', '60', '-sc_threshold', '0',
    '-c:a', 'aac', '-b:a', '64k', '-ac', '2', '-ar', '48000',
    '-f', 'hls', '-hls_time', String(options.segmentSec ?? SEGMENT_SECONDS), '-hls_playlist_type', 'vod', '-hls_segment_type', 'fmp4', '-hls_flags', 'independent_segments',
    '-hls_segment_filename', join(out, 'v%v/seg_%03d.m4s'), '-var_stream_map', rungs.map((_, i) => `v:${i},a:${i}`).join(' '),
    join(out, 'v%v/index.m3u8'),
  ]);
  // With several rungs ffmpeg names the init segment init_<N>.mp4; the layout says init.mp4.
  for (const [i] of rungs.entries()) {
    const playlist = join(out, `v${i}`, 'index.m3u8');
    if (!existsSync(join(out, `v${i}`, `init_${i}.mp4`))) continue;
    await rename(join(out, `v${i}`, `init_${i}.mp4`), join(out, `v${i}`, 'init.mp4'));
    await writeFile(playlist, (await readFile(playlist, 'utf8')).replace(`init_${i}.mp4`, 'init.mp4'));
  }
}

/** Peak segment bit rate of a rendition, as BANDWIDTH must state it (hls.js's ABR trusts it). */
async function peakBandwidth(folder: string, segmentSec: number): Promise<number> {
  const segments = (await readdir(folder)).filter((name) => name.endsWith('.m4s'));
  const sizes = await Promise.all(segments.map(async (name) => (await stat(join(folder, name))).size));
  return Math.ceil((Math.max(...sizes) * 8) / segmentSec);
}

async function writeMaster(out: string, options: TestStreamOptions): Promise<RenditionRecord[]> {
  const renditions: RenditionRecord[] = [];
  const lines = ['#EXTM3U', '#EXT-X-VERSION:7', '#EXT-X-INDEPENDENT-SEGMENTS'];
  for (const [i, rung] of options.rungs.entries()) {
    const bandwidth = await peakBandwidth(join(out, `v${i}`), options.segmentSec ?? SEGMENT_SECONDS);
    const width = Math.round((rung.height * 16) / 9 / 2) * 2;
    lines.push(`#EXT-X-STREAM-INF:BANDWIDTH=${bandwidth},RESOLUTION=${width}x${rung.height}`, `v${i}/index.m3u8`);
    renditions.push({ width, height: rung.height, bandwidth });
  }
  await writeFile(join(out, 'master.m3u8'), `${lines.join('\n')}\n`);
  return renditions;
}

async function writePosterAndThumbs(out: string, options: TestStreamOptions): Promise<void> {
  await run(ffmpeg(), ['-v', 'error', '-y', ...SOURCE(options).slice(0, 4), '-frames:v', '1', join(out, 'poster.jpg')]);
  await mkdir(join(out, 'thumbs'), { recursive: true });
  const { w, h, columns, rows } = THUMB;
  await run(ffmpeg(), [
    '-v', 'error', '-y', ...SOURCE(options).slice(0, 4),
    '-vf', `fps=1/${THUMB_EVERY_SEC},scale=${w}:${h},tile=${columns}x${rows}`, join(out, 'thumbs', 'sprite-%03d.jpg'),
  ]);
  const cues = ['WEBVTT', ''];
  const perSprite = columns * rows;
  const clock = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  for (let i = 0; i * THUMB_EVERY_SEC < options.durationSec; i++) {
    const sprite = `sprite-${String(Math.floor(i / perSprite) + 1).padStart(3, '0')}.jpg`;
    const cell = i % perSprite;
    const end = Math.min((i + 1) * THUMB_EVERY_SEC, options.durationSec);
    cues.push(`${clock(i * THUMB_EVERY_SEC)} --> ${clock(end)}`, `${sprite}#xywh=${(cell % columns) * w},${Math.floor(cell / columns) * h},${w},${h}`, '');
  }
  await writeFile(join(out, 'thumbs', 'thumbnails.vtt'), cues.join('\n'));
}

/**
 * The same picture and sound as one MP4 at the top rung's size and `videoKbps`: the teacher's
 * original, what a lesson plays before it is transcoded (benchmarks compare the two).
 */
export async function makeTestOriginal(options: TestStreamOptions, videoKbps: number): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ ...options, videoKbps })).digest('hex').slice(0, 12);
  const file = join(tmpdir(), 'lessonstage-test-streams', `original-${hash}.mp4`);
  if (existsSync(file)) return file;
  await mkdir(join(tmpdir(), 'lessonstage-test-streams'), { recursive: true });
  const partial = `${file}.partial.mp4`;
  await run(ffmpeg(), [
    '-v', 'error', '-y', ...SOURCE(options), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', '60',
    '-b:v', `${videoKbps}k`, '-maxrate', `${Math.round(videoKbps * 1.1)}k`, '-bufsize', `${videoKbps * 2}k`,
    '-c:a', 'aac', '-b:a', '128k', '-movflags', '+faststart', partial,
  ]);
  await rename(partial, file);
  return file;
}

/** Makes (or finds in the cache) the stream; its folder and the renditions the lesson record lists. */
export async function makeTestStream(options: TestStreamOptions): Promise<{ folder: string; renditions: RenditionRecord[] }> {
  const hash = createHash('sha256').update(JSON.stringify({ layout: 3, ...options, segmentSec: options.segmentSec ?? SEGMENT_SECONDS })).digest('hex').slice(0, 12);
  const folder = join(tmpdir(), 'lessonstage-test-streams', hash);
  const done = join(folder, 'renditions.json');
  if (existsSync(done)) return { folder, renditions: JSON.parse(await readFile(done, 'utf8')) as RenditionRecord[] };
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await encodeLadder(folder, options);
  const renditions = await writeMaster(folder, options);
  await writePosterAndThumbs(folder, options);
  await writeFile(done, JSON.stringify(renditions));
  return { folder, renditions };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name !== 'renditions.json').map((e) => join(e.parentPath, e.name));
}

/** Uploads the stream to `hls/<courseId>/<lessonId>/<jobId>/` and returns what `lesson.stream` holds. */
export async function uploadTestStream(
  s3: S3Client,
  bucket: string,
  target: { courseId: string; lessonId: string; jobId: string },
  options: TestStreamOptions = SMALL_TEST_STREAM,
): Promise<LessonStreamRecord> {
  const { folder, renditions } = await makeTestStream(options);
  const prefix = `hls/${target.courseId}/${target.lessonId}/${target.jobId}`;
  for (const file of await filesUnder(folder)) {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}/${relative(folder, file)}`, Body: await readFile(file) }));
  }
  return { jobId: target.jobId, audioOnly: false, renditions, poster: true, thumbnails: true };
}

/** Changes one lesson of a running stack's course, behind the API's back. */
async function patchLesson(config: AppConfig, target: { courseId: string; lessonId: string }, patch: Partial<LessonRecord>): Promise<void> {
  const { courses } = fixtureTables(config);
  const item = await courses.doc.send(new GetCommand({ TableName: courses.tableName, Key: { courseId: target.courseId } }));
  const course = item.Item as CourseRecord | undefined;
  if (!course) throw new Error(`No course ${target.courseId}`);
  await putCourse(courses, {
    ...course,
    sections: course.sections.map((section) => ({
      ...section,
      lessons: section.lessons.map((lesson) => (lesson.lessonId === target.lessonId ? { ...lesson, ...patch } : lesson)),
    })),
  });
}

/**
 * Uploads a test stream for a lesson of a running stack and points the lesson at it, as a finished
 * transcode would (the transcoder's own path is tested in its domain).
 */
export async function attachTestStream(
  config: AppConfig,
  target: { courseId: string; lessonId: string; jobId?: string },
  options: TestStreamOptions = SMALL_TEST_STREAM,
): Promise<LessonStreamRecord> {
  const stream = await uploadTestStream(createS3Client(config), config.contentBucket, { jobId: 'job-test', ...target }, options);
  await patchLesson(config, target, { stream });
  return stream;
}

/** Makes a lesson of a running stack play `file` (an MP4) as its original, not transcoded. */
export async function attachTestOriginal(config: AppConfig, target: { courseId: string; lessonId: string }, file: string): Promise<void> {
  const key = `courses/${target.courseId}/lessons/${target.lessonId}/video/original.mp4`;
  const body = await readFile(file);
  await createS3Client(config).send(new PutObjectCommand({ Bucket: config.contentBucket, Key: key, Body: body, ContentType: 'video/mp4' }));
  await patchLesson(config, target, { video: { key, fileName: 'original.mp4', contentType: 'video/mp4', sizeBytes: body.byteLength } });
}
