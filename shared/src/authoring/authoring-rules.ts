/**
 * Limits of course authoring: the highest price, and what may be uploaded per kind of upload.
 * No dependencies (no zod), so the web app can import these values
 * (`@lessonstage/shared/authoring-rules`) for its forms and file pickers; the API enforces them.
 */

/** Highest course price, in minor units (cents). */
export const MAX_PRICE_CENTS = 100_000_00;

export const UPLOAD_KINDS = ['video', 'material', 'thumbnail', 'score'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** Content types accepted per kind of upload, and the largest file of each kind. */
export const UPLOAD_RULES: Record<UploadKind, { readonly contentTypes: readonly string[]; readonly maxBytes: number }> = {
  video: { contentTypes: ['video/mp4', 'video/quicktime', 'video/webm'], maxBytes: 5 * 1024 ** 3 },
  material: {
    contentTypes: [
      'application/pdf',
      'application/vnd.recordare.musicxml+xml',
      'application/vnd.recordare.musicxml',
      'application/x-guitar-pro',
      'audio/mpeg',
      'audio/mp4',
      'audio/wav',
      'audio/x-wav',
      'audio/ogg',
      'audio/flac',
      'audio/aac',
    ],
    maxBytes: 500 * 1024 ** 2,
  },
  thumbnail: { contentTypes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 5 * 1024 ** 2 },
  // Browsers name Guitar Pro and alphaTex files inconsistently (often octet-stream): the API reads
  // the format from the file's bytes once it is stored.
  score: {
    contentTypes: [
      'application/octet-stream',
      'application/x-guitar-pro',
      'application/vnd.recordare.musicxml+xml',
      'application/vnd.recordare.musicxml',
      'application/xml',
      'text/xml',
      'text/plain',
    ],
    maxBytes: 10 * 1024 ** 2,
  },
};

/** The longest lesson video, in seconds; a longer duration (from the browser or the file) is not believed. */
export const MAX_VIDEO_SECONDS = 24 * 3600;

/** Files above this go up in parts (parallel, each retried on its own). */
export const MULTIPART_THRESHOLD_BYTES = 100 * 1024 ** 2;
