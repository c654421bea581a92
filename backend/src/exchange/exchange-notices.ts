import { formatMoment } from '@lessonstage/shared';
import type { NotificationRequest } from '../notifications/notifier';
import type { SubmissionRecord } from './submission.record';

/** Where a student finds their take: on its lesson, opened. */
export function submissionLink(submission: SubmissionRecord): string {
  return `/courses/${submission.courseId}/lessons/${submission.lessonId}?submission=${submission.submissionId}`;
}

/** The course's teacher hears of a new take (old courses without a teacher notify no one; nor does a teacher's own take). */
export function receivedNotice(submission: SubmissionRecord, teacherId: string | undefined): NotificationRequest[] {
  if (!teacherId || teacherId === submission.userId) return [];
  return [
    {
      userId: teacherId,
      kind: 'submission-received',
      title: `${submission.studentName} sent a take on “${submission.lessonTitle}”`,
      text: submission.note || `A new take on “${submission.lessonTitle}” (${submission.courseTitle}) is waiting for you.`,
      link: `/admin/exchange/${submission.submissionId}`,
    },
  ];
}

/** The student hears that a teacher commented (at a moment) or answered on video. */
export function answeredNotice(submission: SubmissionRecord, answererId: string, answer: { atMs: number; text: string } | 'video'): NotificationRequest[] {
  if (answererId === submission.userId) return [];
  const text = answer === 'video' ? 'Your teacher answered with a video.' : `${formatMoment(answer.atMs)} — ${answer.text}`;
  return [{ userId: submission.userId, kind: 'submission-answered', title: `Your teacher answered your take on “${submission.lessonTitle}”`, text, link: submissionLink(submission) }];
}
