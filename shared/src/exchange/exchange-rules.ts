/**
 * Limits of the video exchange (a student's recorded take and the teacher's answer). No
 * dependencies (no zod), so the web app can import these values
 * (`@lessonstage/shared/exchange-rules`) for its recorder and file picker; the API enforces them.
 */

/** The largest take a student may send: 500 MB. */
export const SUBMISSION_MAX_BYTES = 500 * 1024 ** 2;
/** The longest take: 10 minutes. */
export const SUBMISSION_MAX_SECONDS = 10 * 60;
/** What a take may be: what browsers record (WebM, MP4 in Safari) and what phones save (MP4, MOV). */
export const SUBMISSION_CONTENT_TYPES: readonly string[] = ['video/webm', 'video/mp4', 'video/quicktime'];
export const SUBMISSION_NOTE_MAX_LENGTH = 1000;
export const COMMENT_MAX_LENGTH = 2000;
/** Comments live on the submission's one item (400 KB): 100 of 2,000 characters stay well inside. */
export const MAX_COMMENTS_PER_SUBMISSION = 100;
export const SUBMISSION_STATUSES = ['awaiting', 'answered'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export function isSubmissionContentType(contentType: string): boolean {
  return SUBMISSION_CONTENT_TYPES.includes(contentType);
}

/** A moment in a take as people write it: 42_000 → "0:42", 3_725_000 → "1:02:05". */
export function formatMoment(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
