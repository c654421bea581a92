import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { newId } from '../../lib/new-id';
import { logger } from '../../lib/observability/logger';
import { jobOutputPrefix } from '../../transcoding/hls-layout';
import { REASONS, reasonOf, TranscodeFailure } from '../../transcoding/transcode-failure';
import type { TranscodeJobRecord } from '../../transcoding/transcode-job.record';
import { failTranscode, finishTranscode, type TranscodeDeps } from '../../transcoding/transcode-jobs';
import { LeaseLostError } from '../../transcoding/transcodes.repository';
import { downloadObject, uploadFolder } from './bucket-files';
import { transcodeFiles } from './transcode-files';

export interface RunnerOptions {
  readonly ffmpeg: string;
  /** Scratch space; each job gets a folder, deleted after. */
  readonly workDir: string;
  readonly s3: S3Client;
  readonly bucket: string;
  readonly pollMs?: number;
  /** How long a claim holds without renewal: a killed runner's job is taken again after this. */
  readonly leaseMs?: number;
  /** How often a running job renews its lease and records its percent. */
  readonly heartbeatMs?: number;
  readonly nice?: number;
}

/**
 * The local stand-in of the AWS state machine: polls the Transcodes table, runs one job at a
 * time with ffmpeg (niced), uploads the output to the bucket and records the result through the
 * same domain functions the Lambdas use. Stopping releases the job it holds, so the next start
 * takes it up again at once; a runner killed outright loses its job when its lease runs out.
 */
export class TranscodeRunner {
  readonly owner = `local-${hostname()}-${process.pid}-${newId()}`;
  private stopping = false;
  private current?: AbortController;
  private wake?: () => void;
  private loop?: Promise<void>;

  constructor(
    private readonly deps: TranscodeDeps,
    private readonly options: RunnerOptions,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.current?.abort(new Error('stopping'));
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let worked = false;
      try {
        worked = await this.runOne();
      } catch (error) {
        logger.warn('transcode runner: poll failed', { error });
      }
      if (!worked && !this.stopping) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.options.pollMs ?? 2000).unref();
        });
      }
    }
  }

  /** Claims and runs the oldest job it can; false when there was none. */
  async runOne(): Promise<boolean> {
    for (const candidate of await this.deps.transcodes.findClaimable()) {
      const job = await this.deps.transcodes.claim(candidate.jobId, this.owner, this.options.leaseMs ?? 30_000);
      if (!job) continue;
      await this.process(job);
      return true;
    }
    return false;
  }

  private async process(job: TranscodeJobRecord): Promise<void> {
    const abort = new AbortController();
    this.current = abort;
    await mkdir(this.options.workDir, { recursive: true });
    const dir = await mkdtemp(join(this.options.workDir, `${job.jobId}-`));
    let percent = 0;
    const heartbeat = setInterval(() => {
      this.deps.transcodes.renew(job.jobId, this.owner, this.options.leaseMs ?? 30_000, percent).catch((error: unknown) => {
        if (error instanceof LeaseLostError) abort.abort(error);
      });
    }, this.options.heartbeatMs ?? 2000);
    try {
      await this.transcode(job, dir, abort.signal, (p) => (percent = p));
    } catch (error) {
      await this.settleFailure(job, error, abort.signal);
    } finally {
      clearInterval(heartbeat);
      this.current = undefined;
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async transcode(job: TranscodeJobRecord, dir: string, signal: AbortSignal, onPercent: (p: number) => void): Promise<void> {
    const { s3, bucket, ffmpeg, nice = 10 } = this.options;
    const source = join(dir, 'source');
    if (!(await downloadObject(s3, bucket, job.sourceKey, source))) throw new TranscodeFailure(REASONS.missing, job.sourceKey);
    const thumbnailKey = (await this.deps.courses.get(job.courseId))?.thumbnailKey;
    const cover = thumbnailKey && (await downloadObject(s3, bucket, thumbnailKey, join(dir, 'cover'))) ? join(dir, 'cover') : undefined;
    const outDir = join(dir, 'out');
    const out = await transcodeFiles({ ffmpeg, source, outDir, cover, onPercent, signal, nice });
    await uploadFolder(s3, bucket, outDir, out.files, jobOutputPrefix(job.courseId, job.lessonId, job.jobId), signal);
    signal.throwIfAborted();
    const renditions = out.plan.renditions.map(({ width, height, bandwidth }) => ({ width, height, bandwidth }));
    const result = await finishTranscode(this.deps, job, this.owner, { audioOnly: out.plan.audioOnly, renditions, poster: out.hasPoster, thumbnails: !out.plan.audioOnly });
    logger.info('transcode finished', { jobId: job.jobId, result, renditions: renditions.map((r) => r.height) });
  }

  /** A stop lets the job go for the next start; a lost lease leaves it to its new holder; anything else fails it. */
  private async settleFailure(job: TranscodeJobRecord, error: unknown, signal: AbortSignal): Promise<void> {
    if (this.stopping) {
      await this.deps.transcodes.release(job.jobId, this.owner).catch(() => undefined);
      return;
    }
    if (error instanceof LeaseLostError || signal.reason instanceof LeaseLostError) {
      logger.warn('transcode lease lost; another runner has the job', { jobId: job.jobId });
      return;
    }
    logger.warn('transcode failed', { jobId: job.jobId, error });
    await failTranscode(this.deps, job, this.owner, reasonOf(error)).catch((e: unknown) => logger.warn('could not record the failure', { jobId: job.jobId, error: e }));
  }
}
