import { describe, expect, it } from 'vitest';
import { REASONS, reasonForFfmpegError, reasonOf, TranscodeFailure } from './transcode-failure';

describe('teacher-readable failure reasons', () => {
  it('calls a text file named .mp4 unreadable', () => {
    expect(reasonForFfmpegError('text.mp4: Invalid data found when processing input')).toBe(REASONS.unreadable);
    expect(reasonForFfmpegError('[mov,mp4 @ 0x1] moov atom not found\nin.mp4: Invalid data found when processing input')).toBe(REASONS.unreadable);
  });

  it('calls a truncated file damaged', () => {
    expect(reasonForFfmpegError('trunc.mp4: corrupt input packet in stream 0')).toBe(REASONS.damaged);
    expect(reasonForFfmpegError('[h264 @ 0x2] Invalid NAL unit size (1 > 0).\nError while decoding stream #0:0')).toBe(REASONS.damaged);
  });

  it('falls back to a general reason and never shows ffmpeg’s words', () => {
    expect(reasonForFfmpegError('Killed')).toBe(REASONS.unknown);
    expect(reasonOf(new Error('ENOSPC'))).toBe(REASONS.unknown);
    expect(reasonOf(new TranscodeFailure(REASONS.empty, 'no streams'))).toBe(REASONS.empty);
  });
});
