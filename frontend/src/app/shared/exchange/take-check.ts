import { isSubmissionContentType, SUBMISSION_MAX_BYTES, SUBMISSION_MAX_SECONDS } from '@lessonstage/shared/exchange-rules';

/** Why a take cannot be sent (checked before uploading; the API checks again), or null. */
export function takeProblem(take: { readonly type: string; readonly size: number }, durationSec: number | undefined): string | null {
  if (!isSubmissionContentType(take.type)) {
    return 'Choose a video file (MP4, MOV or WebM).';
  }
  if (take.size > SUBMISSION_MAX_BYTES) {
    return 'This video is larger than 500 MB. Record a shorter take or export it smaller.';
  }
  if (durationSec === undefined) {
    return "We couldn't read this video's length. Try another file.";
  }
  if (durationSec > SUBMISSION_MAX_SECONDS) {
    return 'This video is longer than 10 minutes. Send a shorter take.';
  }
  return null;
}

/** The content type a take is uploaded as: the browser's recorder says "video/webm;codecs=vp8,opus". */
export function baseContentType(type: string): string {
  return type.split(';')[0]!.trim().toLowerCase();
}
