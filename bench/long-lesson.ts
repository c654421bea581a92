import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SyncPoint } from '@lessonstage/shared';
import { DEFAULT_ADMIN } from '../backend/src/local/local-config';
import { exerciseAlphaTex } from '../backend/src/local/seed/scores/alphatex';
import { GUITAR_BLUES_RIFF } from '../backend/src/local/seed/scores/demo-exercises';
import { exerciseSync, exerciseTiming, type GuitarExercise } from '../backend/src/local/seed/scores/exercise';

const run = promisify(execFile);
const FFMPEG = process.env['FFMPEG'] ?? '/usr/bin/ffmpeg';
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

/** A free preview lesson with no score of its own, so anyone (the bench's browser) may open it. */
export const LONG_COURSE = 'demo-bass-walking';
export const LONG_LESSON = 's1l1';
export const LONG_BARS = 150;

/** 150 bars of the demo riff at 120 BPM: five minutes of music after one bar of count-in. */
export const LONG_EXERCISE: GuitarExercise = {
  ...GUITAR_BLUES_RIFF,
  id: 'bench-long-boogie',
  title: 'Bench: 150 bars at 120 BPM',
  tempoBpm: 120,
  bars: Array.from({ length: LONG_BARS }, (_, bar) => GUITAR_BLUES_RIFF.bars[bar % GUITAR_BLUES_RIFF.bars.length]!),
};

/**
 * The clip: a click on every beat (accented on the bar's first), a bar of count-in first, and
 * the bar and beat on screen; 640x360 at 24 fps, H.264 + AAC like the demo clips.
 */
async function makeClip(path: string): Promise<void> {
  const { beatMs, barMs, firstDownbeatMs, clipSeconds } = exerciseTiming(LONG_EXERCISE);
  const beat = beatMs / 1000;
  const bar = barMs / 1000;
  const click = `if(lt(mod(t\\,${beat})\\,0.015)\\,0.8*sin(2*PI*if(lt(mod(t\\,${bar})\\,0.015)\\,1760\\,880)*t)\\,0)`;
  const lead = firstDownbeatMs / 1000;
  const text = `drawtext=fontfile=${FONT}:text='Bar %{eif\\:floor((t-${lead})/${bar})+1\\:d}  beat %{eif\\:mod(floor(t/${beat})\\,4)+1\\:d}  %{pts\\:hms}':fontcolor=white:fontsize=32:x=(w-text_w)/2:y=(h-text_h)/2`;
  await run(FFMPEG, [
    '-nostdin', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `color=c=0x5e35b1:s=640x360:d=${clipSeconds}:r=24`,
    '-f', 'lavfi', '-i', `aevalsrc=${click}:s=44100:d=${clipSeconds}`,
    '-vf', text,
    '-c:v', 'libx264', '-profile:v', 'baseline', '-pix_fmt', 'yuv420p', '-crf', '32', '-preset', 'veryfast',
    '-c:a', 'aac', '-b:a', '48k', '-ac', '1', '-movflags', '+faststart', '-shortest', path,
  ]);
}

async function api<T>(baseUrl: string, token: string, method: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The teacher's path: a presigned single-part upload, then `complete`, as the admin editor does it. */
async function upload(baseUrl: string, token: string, kind: 'video' | 'score', file: string, fileName: string, contentType: string): Promise<{ version: number }> {
  const bytes = await readFile(file);
  const target = { courseId: LONG_COURSE, lessonId: LONG_LESSON, kind };
  const ticket = await api<{ key: string; single?: { url: string; headers: Record<string, string> } }>(baseUrl, token, 'POST', '/admin/uploads', { ...target, fileName, contentType, sizeBytes: bytes.byteLength });
  if (!ticket.single) throw new Error(`${fileName}: expected a single-part upload`);
  const put = await fetch(ticket.single.url, { method: 'PUT', headers: ticket.single.headers, body: bytes });
  if (!put.ok) throw new Error(`${fileName}: storage answered ${put.status}`);
  return api(baseUrl, token, 'POST', '/admin/uploads/complete', { ...target, key: ticket.key, fileName });
}

export interface LongLesson {
  readonly path: string;
  readonly syncPoints: readonly SyncPoint[];
  readonly clipSeconds: number;
}

/**
 * Makes the five-minute clip and its 150-bar alphaTex score in `dir` and gives them to the demo
 * bass course's preview lesson through the real API, as a teacher would: video and score uploads,
 * then a sync point on every bar.
 */
export async function attachLongLesson(baseUrl: string, dir: string): Promise<LongLesson> {
  const clip = join(dir, `${LONG_EXERCISE.id}.mp4`);
  const score = join(dir, `${LONG_EXERCISE.id}.alphatex`);
  await Promise.all([makeClip(clip), writeFile(score, exerciseAlphaTex(LONG_EXERCISE))]);
  const signIn = await fetch(`${baseUrl}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEFAULT_ADMIN) });
  if (!signIn.ok) throw new Error(`admin sign-in answered ${signIn.status}`);
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  await upload(baseUrl, accessToken, 'video', clip, `${LONG_EXERCISE.id}.mp4`, 'video/mp4');
  const { version } = await upload(baseUrl, accessToken, 'score', score, `${LONG_EXERCISE.id}.alphatex`, 'text/plain');
  const { syncPoints, tempoBpm, timeSignature, firstDownbeatMs } = exerciseSync(LONG_EXERCISE);
  await api(baseUrl, accessToken, 'PUT', `/admin/courses/${LONG_COURSE}/lessons/${LONG_LESSON}/sync`, { syncPoints, tempoBpm, timeSignature, firstDownbeatMs, version });
  return { path: `/courses/${LONG_COURSE}/lessons/${LONG_LESSON}`, syncPoints, clipSeconds: exerciseTiming(LONG_EXERCISE).clipSeconds };
}
