import type { Submission, SubmissionDetail } from '@lessonstage/shared';

/** Test data builders for the exchange's specs. Not imported by application code. */
export function aSubmission(overrides: Partial<Submission> = {}): Submission {
  return {
    submissionId: 'sub_1',
    courseId: 'c1',
    lessonId: 'l1',
    courseTitle: 'Guitar',
    lessonTitle: 'First chords',
    studentName: 'Ana',
    note: '',
    shared: false,
    status: 'awaiting',
    durationMs: 10_000,
    createdAt: '2026-12-01T10:00:00.000Z',
    comments: [],
    reply: null,
    mine: true,
    ...overrides,
  };
}

export function aSubmissionDetail(overrides: Partial<SubmissionDetail> = {}): SubmissionDetail {
  return { ...aSubmission(overrides), videoUrl: '/storage/take.webm', replyUrl: null, ...overrides };
}
