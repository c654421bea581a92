import * as z from '../validation/zod';

/** A short-lived signed link to a lesson's video or material. */
export const signedLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });
export type SignedLink = z.infer<typeof signedLinkSchema>;

/** A captions file of a lesson, in one language (WebVTT; SRT uploads are converted). */
export const captionTrackSchema = z.object({
  /** BCP 47 tag, e.g. "en", "pt-BR". */
  lang: z.string(),
  /** What the captions menu shows, e.g. "English". */
  label: z.string(),
  url: z.string(),
});
export type CaptionTrack = z.infer<typeof captionTrackSchema>;

/** The teacher's original file through one signed link: lessons not transcoded (yet). */
export const mp4PlaybackSchema = z.object({
  type: z.literal('mp4'),
  url: z.string(),
  expiresAt: z.string(),
  captions: z.array(captionTrackSchema),
});

/**
 * A transcoded lesson: `url` is the HLS master playlist. Playlists, segments, poster and thumbnails
 * are read with the signed cookies set by the same response (scoped to the lesson's stream folder);
 * `expiresAt` is when those cookies stop working, so the player asks again before then.
 */
export const hlsPlaybackSchema = z.object({
  type: z.literal('hls'),
  url: z.string(),
  expiresAt: z.string(),
  posterUrl: z.nullable(z.string()),
  /** WebVTT index of the thumbnail sprite (`sprite.jpg#xywh=…` cues) for seek previews. */
  thumbnailsUrl: z.nullable(z.string()),
  captions: z.array(captionTrackSchema),
  /** True for audio-only lessons (a backing track): no picture, the poster stands in. */
  audioOnly: z.boolean(),
});

export const playbackSchema = z.discriminatedUnion('type', [mp4PlaybackSchema, hlsPlaybackSchema]);
export type Playback = z.infer<typeof playbackSchema>;
export type HlsPlayback = z.infer<typeof hlsPlaybackSchema>;

export const TRANSCODE_STATUSES = ['queued', 'running', 'ready', 'failed'] as const;
export type TranscodeStatus = (typeof TRANSCODE_STATUSES)[number];

/** Where a lesson's transcode stands, as the course editor shows it. */
export const transcodeStateSchema = z.object({
  jobId: z.string(),
  status: z.enum(TRANSCODE_STATUSES),
  /** 0–100 while running. */
  percent: z.optional(z.number()),
  /** Why it failed, in words a teacher understands ("This file is not a readable video or audio file"). */
  reason: z.optional(z.string()),
  updatedAt: z.string(),
});
export type TranscodeState = z.infer<typeof transcodeStateSchema>;
