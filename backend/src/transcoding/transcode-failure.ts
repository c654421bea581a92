/**
 * Why a transcode failed, in words a teacher can act on. The technical detail goes to the logs;
 * `reason` is what the editor shows next to the lesson.
 */
export class TranscodeFailure extends Error {
  constructor(
    readonly reason: string,
    detail?: string,
  ) {
    super(detail ? `${reason} (${detail})` : reason);
    this.name = 'TranscodeFailure';
  }
}

export const REASONS = {
  unreadable: 'This file is not a readable video or audio file. Export it again (MP4 with H.264 works everywhere) and upload it.',
  damaged: 'This file is damaged or incomplete, for instance cut off before it finished exporting or uploading. Export it again and upload it.',
  empty: 'This file has neither picture nor sound.',
  missing: 'The uploaded file is no longer there. Upload the video again.',
  superseded: 'A newer upload replaced this file before it was converted.',
  stalled: 'Converting stopped several times without finishing. Retry, or upload a shorter or smaller file.',
  unknown: 'The file could not be converted. Retry; if it fails again, export it as MP4 (H.264) and upload it.',
} as const;

/** Marks of ffmpeg's stderr that mean the source itself is bad, not the machine. */
const UNREADABLE = [/Invalid data found when processing input/i, /moov atom not found/i, /could not find codec parameters/i, /no such file/i];
const DAMAGED = [/corrupt/i, /Invalid NAL unit/i, /Error while decoding/i, /partial file/i, /error reading header/i, /truncat/i, /Packet mismatch/i];

/** The teacher's reason for an ffmpeg exit with `stderr`. */
export function reasonForFfmpegError(stderr: string): string {
  if (UNREADABLE.some((mark) => mark.test(stderr))) return REASONS.unreadable;
  if (DAMAGED.some((mark) => mark.test(stderr))) return REASONS.damaged;
  return REASONS.unknown;
}

/** The reason to record for any error a job ended with. */
export function reasonOf(error: unknown): string {
  return error instanceof TranscodeFailure ? error.reason : REASONS.unknown;
}
