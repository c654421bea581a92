import { jobOutputPrefix, lessonOfSourceKey, MASTER_PLAYLIST } from './hls-layout';
import { mediaConvertLadderOf, type MediaConvertRung } from './mediaconvert-ladder';
import { durationOfMediaPlaylist, firstVariantOfMaster, renditionsOfMaster } from './master-playlist';
import { placeMediaConvertStills } from './mediaconvert-stills';
import { REASONS } from './transcode-failure';
import { failTranscode, finishTranscode, queueTranscode, uploadJobId, type TranscodeDeps } from './transcode-jobs';

/**
 * The AWS state machine's two steps around MediaConvert, over the same job records and lesson
 * updates as the local runner. Shapes are documented in the handlers' header comments
 * (app/handlers/transcode-claim.handler.ts, transcode-finish.handler.ts).
 */

/** A state machine's hold on a job: MediaConvert may take a while on a long video. */
export const STATE_MACHINE_LEASE_MS = 6 * 3600_000;

/** `{ jobId }` (a queued job) or the EventBridge "Object Created" event of an upload. */
export type ClaimInput = { readonly jobId: string } | { readonly detail: { readonly bucket: { readonly name: string }; readonly object: { readonly key: string } } };

export type ClaimOutput =
  | {
      readonly claimed: true;
      readonly jobId: string;
      readonly leaseOwner: string;
      readonly courseId: string;
      readonly lessonId: string;
      /** MediaConvert's input, `s3://<bucket>/<sourceKey>`. */
      readonly input: string;
      /** MediaConvert's destination folder, `s3://<bucket>/hls/<courseId>/<lessonId>/<jobId>/`. */
      readonly destination: string;
      readonly outputPrefix: string;
      /** MediaConvert's video rungs, lowest first (1–4; ignored for audio originals). */
      readonly ladder: readonly MediaConvertRung[];
    }
  | { readonly claimed: false; readonly reason: string };

/** A job's id from the input: as given, or the upload's first job (queued here if the API has not yet). */
async function jobIdOf(deps: TranscodeDeps, input: ClaimInput): Promise<string | undefined> {
  if ('jobId' in input) return input.jobId;
  // Upload keys hold only [A-Za-z0-9._/-], so decoding is a no-op whether or not the event encodes them.
  const key = decodeURIComponent(input.detail.object.key.replace(/\+/g, ' '));
  const lesson = lessonOfSourceKey(key);
  if (!lesson) return undefined;
  return (await queueTranscode(deps.transcodes, lesson.courseId, lesson.lessonId, key, uploadJobId(key))).jobId;
}

export async function claimStep(deps: TranscodeDeps, bucket: string, input: ClaimInput, owner: string): Promise<ClaimOutput> {
  const jobId = await jobIdOf(deps, input);
  if (!jobId) return { claimed: false, reason: 'not a lesson video' };
  const job = await deps.transcodes.claim(jobId, owner, STATE_MACHINE_LEASE_MS);
  if (!job) return { claimed: false, reason: 'taken, ended or unknown' };
  const outputPrefix = jobOutputPrefix(job.courseId, job.lessonId, job.jobId);
  const ladder = await mediaConvertLadderOf(deps.storage, job.sourceKey);
  return {
    claimed: true,
    jobId,
    leaseOwner: owner,
    courseId: job.courseId,
    lessonId: job.lessonId,
    input: `s3://${bucket}/${job.sourceKey}`,
    destination: `s3://${bucket}/${outputPrefix}`,
    outputPrefix,
    ladder,
  };
}

export interface FinishInput {
  readonly jobId: string;
  readonly leaseOwner: string;
  /** MediaConvert's outcome: COMPLETE, or ERROR (also for a failed or timed-out task). */
  readonly status: 'COMPLETE' | 'ERROR';
  readonly errorCode?: number;
  readonly errorMessage?: string;
}

export type FinishOutput = { readonly jobId: string; readonly status: 'ready' | 'failed' | 'superseded' | 'lost'; readonly reason?: string };

/** MediaConvert's input errors (1000–1099: unreadable, unsupported or damaged input) read as the teacher's reason. */
export function reasonForMediaConvert(errorCode?: number, errorMessage = ''): string {
  if ((errorCode !== undefined && errorCode >= 1000 && errorCode < 1100) || /\binput\b|decod|corrupt|unsupported/i.test(errorMessage)) return REASONS.unreadable;
  return REASONS.unknown;
}

async function readText(deps: TranscodeDeps, key: string): Promise<string | undefined> {
  const bytes = await deps.storage.readObject(key);
  return bytes && new TextDecoder().decode(bytes);
}

/** The stream's length from its first variant playlist (the last preview cue ends there), if readable. */
async function streamDurationSec(deps: TranscodeDeps, prefix: string, master: string): Promise<number | undefined> {
  const variant = firstVariantOfMaster(master);
  // A variant URI that is no plain relative key (absolute, `..`) is not read: the previews just end 5 s after their last frame.
  const text = variant ? await readText(deps, `${prefix}${variant}`).catch(() => undefined) : undefined;
  return text ? durationOfMediaPlaylist(text) : undefined;
}

export async function finishStep(deps: TranscodeDeps, input: FinishInput): Promise<FinishOutput> {
  const job = await deps.transcodes.get(input.jobId);
  if (!job || job.status !== 'running' || job.leaseOwner !== input.leaseOwner) return { jobId: input.jobId, status: 'lost' };
  const prefix = jobOutputPrefix(job.courseId, job.lessonId, job.jobId);
  const master = input.status === 'COMPLETE' ? await readText(deps, `${prefix}${MASTER_PLAYLIST}`) : undefined;
  if (!master) {
    const reason = input.status === 'COMPLETE' ? REASONS.unknown : reasonForMediaConvert(input.errorCode, input.errorMessage);
    await failTranscode(deps, job, input.leaseOwner, reason);
    return { jobId: job.jobId, status: 'failed', reason };
  }
  const renditions = renditionsOfMaster(master);
  // Audio-only lessons show the course cover: MediaConvert's audio template captures no frames.
  const stills = renditions.length ? await placeMediaConvertStills(deps.storage, prefix, await streamDurationSec(deps, prefix, master)) : { poster: false, thumbnails: false };
  const result = await finishTranscode(deps, job, input.leaseOwner, { audioOnly: renditions.length === 0, renditions, ...stills });
  return { jobId: job.jobId, status: result };
}

/**
 * MediaConvert's "Job State Change" event with status STATUS_UPDATE (every 10 s, the job's
 * StatusUpdateInterval), as EventBridge delivers it: the job's UserMetadata names our job and the
 * execution holding it; `jobProgress.jobPercentComplete` is there once MediaConvert can tell.
 */
export interface MediaConvertStatusEvent {
  readonly 'detail-type': string;
  readonly detail: {
    readonly status: string;
    readonly userMetadata?: { readonly lessonstageJobId?: string; readonly lessonstageLeaseOwner?: string };
    readonly jobProgress?: { readonly jobPercentComplete?: number };
  };
}

export type ProgressOutput = { readonly jobId?: string; readonly percent?: number; readonly recorded: boolean };

/** Records a running job's percent from MediaConvert's status event (99 at most: 100 is for ready). */
export async function progressStep(deps: TranscodeDeps, event: MediaConvertStatusEvent): Promise<ProgressOutput> {
  const { lessonstageJobId: jobId, lessonstageLeaseOwner: owner } = event.detail.userMetadata ?? {};
  const percent = event.detail.jobProgress?.jobPercentComplete;
  if (event.detail.status !== 'STATUS_UPDATE' || !jobId || !owner || typeof percent !== 'number' || !Number.isFinite(percent)) return { jobId, recorded: false };
  const capped = Math.min(99, percent);
  return { jobId, percent: capped, recorded: await deps.transcodes.recordPercent(jobId, owner, capped) };
}
