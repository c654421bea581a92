import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { hlsArgs, posterArgs, probeArgs } from '../../transcoding/ffmpeg-args';
import { MASTER_PLAYLIST, POSTER_FILE, THUMBNAILS_VTT } from '../../transcoding/hls-layout';
import { planLadder, type LadderPlan } from '../../transcoding/ladder-plan';
import { masterPlaylist } from '../../transcoding/master-playlist';
import { parseProbe } from '../../transcoding/media-probe';
import { thumbnailsVtt } from '../../transcoding/thumbnails-vtt';
import { REASONS, reasonForFfmpegError, TranscodeFailure } from '../../transcoding/transcode-failure';
import { runFfmpeg, type FfmpegOptions } from './ffmpeg-process';

export interface TranscodeInput {
  readonly ffmpeg: string;
  readonly source: string;
  /** Empty folder the output goes into (the job's HLS folder, as uploaded). */
  readonly outDir: string;
  /** The course cover, the poster of audio-only lessons. */
  readonly cover?: string;
  readonly onPercent?: (percent: number) => void;
  readonly signal?: AbortSignal;
  readonly nice?: number;
}

export interface TranscodeOutput {
  readonly plan: LadderPlan;
  readonly durationSec: number;
  /** Every file written, relative to outDir with "/" separators. */
  readonly files: readonly string[];
  readonly hasPoster: boolean;
}

async function probe(input: TranscodeInput) {
  const run = await runFfmpeg(input.ffmpeg, probeArgs(input.source), { signal: input.signal });
  const media = parseProbe(run.stderr);
  if (!media.video && !media.hasAudio) {
    const reason = reasonForFfmpegError(run.stderr);
    throw new TranscodeFailure(reason === REASONS.unknown ? REASONS.empty : reason, run.stderr.slice(-500));
  }
  return media;
}

/** ffmpeg names init files init_<N>.mp4 when it writes several renditions; the layout says v<N>/init.mp4. */
async function renameInitFiles(outDir: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const dir = join(outDir, `v${i}`);
    const written = (await readdir(dir)).find((name) => /^init_\d+\.mp4$/.test(name));
    if (!written) continue;
    await rename(join(dir, written), join(dir, 'init.mp4'));
    const playlist = join(dir, 'index.m3u8');
    await writeFile(playlist, (await readFile(playlist, 'utf8')).replace(`URI="${written}"`, 'URI="init.mp4"'));
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/')).sort();
}

/**
 * One source file to the HLS layout on disk: probe, one ffmpeg pass for the ladder and sprites
 * (which also proves the whole file decodes), poster, thumbnails index and master playlist.
 * Throws TranscodeFailure with the teacher's reason when the file is bad.
 */
export async function transcodeFiles(input: TranscodeInput): Promise<TranscodeOutput> {
  const media = await probe(input);
  const plan = planLadder(media);
  await mkdir(join(input.outDir, 'thumbs'), { recursive: true });
  const options: FfmpegOptions = {
    signal: input.signal,
    nice: input.nice,
    onProgressSec: (sec) => media.durationSec > 0 && input.onPercent?.(Math.min(99, Math.floor((100 * sec) / media.durationSec))),
  };
  const run = await runFfmpeg(input.ffmpeg, hlsArgs(plan, input.source, input.outDir), options);
  if (input.signal?.aborted) throw input.signal.reason;
  if (run.exitCode !== 0) throw new TranscodeFailure(reasonForFfmpegError(run.stderr), run.stderr.slice(-500));
  await renameInitFiles(input.outDir, plan.audioOnly ? 1 : plan.renditions.length);
  const posterSource = plan.audioOnly ? input.cover : input.source;
  let hasPoster = false;
  if (posterSource) {
    const poster = await runFfmpeg(input.ffmpeg, posterArgs(posterSource, join(input.outDir, POSTER_FILE), plan.audioOnly ? undefined : media.durationSec * 0.1), options);
    hasPoster = poster.exitCode === 0;
  }
  if (!plan.audioOnly) await writeFile(join(input.outDir, THUMBNAILS_VTT), thumbnailsVtt(media.durationSec));
  await writeFile(join(input.outDir, MASTER_PLAYLIST), masterPlaylist(plan));
  return { plan, durationSec: media.durationSec, files: await listFiles(input.outDir), hasPoster };
}
