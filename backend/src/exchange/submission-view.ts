import type { Submission, SubmissionDetail } from '@lessonstage/shared';
import type { ObjectLinks } from '../lib/storage/object-links';
import type { SubmissionRecord } from './submission.record';

/** How long a take's playback link works; the player asks again for a new one after that. */
export const SUBMISSION_LINK_SECONDS = 30 * 60;

export function toSubmission(record: SubmissionRecord, callerId: string): Submission {
  return {
    submissionId: record.submissionId,
    courseId: record.courseId,
    lessonId: record.lessonId,
    courseTitle: record.courseTitle,
    lessonTitle: record.lessonTitle,
    studentName: record.studentName,
    note: record.note,
    shared: record.shared,
    status: record.status,
    durationMs: record.video.durationMs,
    createdAt: record.createdAt,
    comments: record.comments.map(({ commentId, atMs, text, authorName, createdAt }) => ({ commentId, atMs, text, authorName, createdAt })),
    reply: record.reply ? { durationMs: record.reply.durationMs, createdAt: record.reply.createdAt } : null,
    mine: record.userId === callerId,
  };
}

export async function toSubmissionDetail(record: SubmissionRecord, callerId: string, links: ObjectLinks): Promise<SubmissionDetail> {
  const [videoUrl, replyUrl] = await Promise.all([
    links.presignGet(record.video.key, SUBMISSION_LINK_SECONDS),
    record.reply ? links.presignGet(record.reply.key, SUBMISSION_LINK_SECONDS) : Promise.resolve(null),
  ]);
  return { ...toSubmission(record, callerId), videoUrl, replyUrl };
}
