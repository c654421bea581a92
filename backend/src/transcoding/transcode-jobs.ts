import type { TranscodeState } from '@lessonstage/shared';
import type { CoursesRepository } from '../courses/courses.repository';
import type { MediaStorage } from '../lib/storage/media-storage';
import { createHash } from 'node:crypto';
import { newId } from '../lib/new-id';
import { jobOutputPrefix, lessonStreamsPrefix } from './hls-layout';
import { REASONS } from './transcode-failure';
import type { TranscodeJobRecord, TranscodeOutputRecord } from './transcode-job.record';
import type { TranscodesRepository } from './transcodes.repository';

/** What finishing a job touches: its record, the lesson it points at, the bucket's HLS folders. */
export interface TranscodeDeps {
  readonly transcodes: TranscodesRepository;
  readonly courses: CoursesRepository;
  readonly storage: MediaStorage;
}

/** Lease of the last steps of a finishing job (pointing the lesson, tidying): seconds of work. */
const FINISH_LEASE_MS = 60_000;

/**
 * The first job of an upload has an id made from its key, so the upload's completion (the API)
 * and its storage event (AWS) queue the same job whichever comes first; retries get fresh ids.
 */
export function uploadJobId(sourceKey: string): string {
  return `t${createHash('sha256').update(sourceKey).digest('base64url').slice(0, 12)}`;
}

/** Queues a transcode of a lesson's original (once per id); a runner (local) or the state machine (AWS) takes it. */
export async function queueTranscode(transcodes: TranscodesRepository, courseId: string, lessonId: string, sourceKey: string, jobId = newId('t')): Promise<TranscodeJobRecord> {
  const job = await transcodes.create({ jobId, courseId, lessonId, sourceKey });
  return job ?? (await transcodes.get(jobId))!;
}

/**
 * Records a job's output as the lesson's stream, then deletes every other stream folder of the
 * lesson (older jobs): the lesson points at the new folder before the old ones go. Fenced: a
 * runner that lost its lease changes nothing (LeaseLostError). A job whose lesson has another
 * video by now is failed as superseded and its output deleted.
 */
export async function finishTranscode(deps: TranscodeDeps, job: TranscodeJobRecord, owner: string, output: TranscodeOutputRecord): Promise<'ready' | 'superseded'> {
  await deps.transcodes.renew(job.jobId, owner, FINISH_LEASE_MS, 100);
  const pointed = await deps.courses.setLessonStream(job.courseId, job.lessonId, job.sourceKey, { jobId: job.jobId, ...output });
  if (!pointed) {
    await deps.transcodes.markFailed(job.jobId, owner, REASONS.superseded);
    await deps.storage.deleteFolder(jobOutputPrefix(job.courseId, job.lessonId, job.jobId));
    return 'superseded';
  }
  await deps.transcodes.markReady(job.jobId, owner, output);
  const own = jobOutputPrefix(job.courseId, job.lessonId, job.jobId);
  for (const folder of await deps.storage.listFolders(lessonStreamsPrefix(job.courseId, job.lessonId))) {
    if (folder !== own) await deps.storage.deleteFolder(folder);
  }
  return 'ready';
}

/** Records why a job failed and deletes whatever part of its output was written; the lesson is untouched. */
export async function failTranscode(deps: TranscodeDeps, job: TranscodeJobRecord, owner: string, reason: string): Promise<void> {
  await deps.transcodes.markFailed(job.jobId, owner, reason);
  await deps.storage.deleteFolder(jobOutputPrefix(job.courseId, job.lessonId, job.jobId));
}

/** The editor's view of a job. */
export function toTranscodeState(job: TranscodeJobRecord): TranscodeState {
  return {
    jobId: job.jobId,
    status: job.status,
    percent: job.status === 'running' ? (job.percent ?? 0) : job.status === 'ready' ? 100 : undefined,
    reason: job.status === 'failed' ? job.reason : undefined,
    updatedAt: job.updatedAt,
  };
}
