/**
 * Limits of course authoring: the highest price, and what may be uploaded per kind of upload.
 * No dependencies (no zod), so the web app can import these values
 * (`@lessonstage/shared/authoring-rules`) for its forms and file pickers; the API enforces them.
 */

/** Highest course price, in minor units (cents). */
export const MAX_PRICE_CENTS = 100_000_00;

export const UPLOAD_KINDS = ['video', 'material', 'thumbnail', 'score'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** A kind of file people know by name ("PDF", "Guitar Pro") and the content types it comes as. */
export interface UploadFormat {
  readonly name: string;
  readonly contentTypes: readonly string[];
}

/**
 * What may be uploaded, per kind, by name: the one source of both the content types the API
 * accepts and the words the editor uses to say so ("PDF, MusicXML, Guitar Pro or audio (…)").
 */
export const UPLOAD_FORMATS: Record<UploadKind, readonly UploadFormat[]> = {
  video: [
    { name: 'MP4', contentTypes: ['video/mp4'] },
    { name: 'MOV', contentTypes: ['video/quicktime'] },
    { name: 'WebM', contentTypes: ['video/webm'] },
    // Audio-only lessons (a backing track) become audio-only HLS with the course cover as poster.
    { name: 'audio (MP3, M4A, WAV, FLAC)', contentTypes: ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/wav', 'audio/x-wav', 'audio/flac', 'audio/x-flac'] },
  ],
  material: [
    { name: 'PDF', contentTypes: ['application/pdf'] },
    { name: 'MusicXML', contentTypes: ['application/vnd.recordare.musicxml+xml', 'application/vnd.recordare.musicxml'] },
    { name: 'Guitar Pro', contentTypes: ['application/x-guitar-pro'] },
    {
      name: 'audio (MP3, M4A, WAV, OGG, FLAC, AAC)',
      contentTypes: ['audio/mpeg', 'audio/mp4', 'audio/wav', 'audio/x-wav', 'audio/ogg', 'audio/flac', 'audio/aac'],
    },
  ],
  thumbnail: [
    { name: 'JPEG', contentTypes: ['image/jpeg'] },
    { name: 'PNG', contentTypes: ['image/png'] },
    { name: 'WebP', contentTypes: ['image/webp'] },
  ],
  // Browsers name Guitar Pro and alphaTex files inconsistently (often octet-stream): the API reads
  // the format from the file's bytes once it is stored.
  score: [
    { name: 'Guitar Pro', contentTypes: ['application/octet-stream', 'application/x-guitar-pro'] },
    { name: 'MusicXML', contentTypes: ['application/vnd.recordare.musicxml+xml', 'application/vnd.recordare.musicxml', 'application/xml', 'text/xml'] },
    { name: 'alphaTex', contentTypes: ['text/plain'] },
  ],
};

const MAX_BYTES: Record<UploadKind, number> = { video: 5 * 1024 ** 3, material: 500 * 1024 ** 2, thumbnail: 5 * 1024 ** 2, score: 10 * 1024 ** 2 };

/** Content types accepted per kind of upload (from UPLOAD_FORMATS), and the largest file of each kind. */
export const UPLOAD_RULES: Record<UploadKind, { readonly contentTypes: readonly string[]; readonly maxBytes: number }> = {
  video: { contentTypes: UPLOAD_FORMATS.video.flatMap((f) => f.contentTypes), maxBytes: MAX_BYTES.video },
  material: { contentTypes: UPLOAD_FORMATS.material.flatMap((f) => f.contentTypes), maxBytes: MAX_BYTES.material },
  thumbnail: { contentTypes: UPLOAD_FORMATS.thumbnail.flatMap((f) => f.contentTypes), maxBytes: MAX_BYTES.thumbnail },
  score: { contentTypes: UPLOAD_FORMATS.score.flatMap((f) => f.contentTypes), maxBytes: MAX_BYTES.score },
};

/** The formats of a kind in words: "PDF, MusicXML, Guitar Pro or audio (MP3, …)". */
export function acceptedFormats(kind: UploadKind): string {
  const names = UPLOAD_FORMATS[kind].map((format) => format.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
}

/** Whether a file of `contentType` may be uploaded as `kind`. */
export function isAcceptedType(kind: UploadKind, contentType: string): boolean {
  return UPLOAD_RULES[kind].contentTypes.includes(contentType);
}

/** A largest size in words: "5 GB", "500 MB". */
export function readableMaxSize(kind: UploadKind): string {
  const bytes = UPLOAD_RULES[kind].maxBytes;
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

/** The longest lesson description (Markdown). The course and its outline are one DynamoDB item (400 KB), so this stays short. */
export const LESSON_DESCRIPTION_MAX_LENGTH = 2000;

/** A teacher's public name and short bio, as shown on their course pages. */
export const TEACHER_NAME_MAX_LENGTH = 80;
export const TEACHER_BIO_MAX_LENGTH = 600;

/** The shortest course description a course may be published with. */
export const DESCRIPTION_MIN_TO_PUBLISH = 20;

/** What publishing checks of a course, in a shape both the stored course and the editor's copy give. */
export interface PublishCheck {
  readonly title: string;
  readonly description: string;
  readonly hasThumbnail: boolean;
  readonly sections: readonly { readonly title: string; readonly lessons: readonly { readonly title: string; readonly hasVideo: boolean }[] }[];
}

/**
 * What keeps a course from being published; empty when it is ready. The API refuses to publish
 * with these, and the editor lists them before asking, so both say the same thing.
 */
export function publishProblems(course: PublishCheck): string[] {
  const problems: string[] = [];
  if (!course.title.trim()) problems.push('The course needs a title.');
  if (course.description.trim().length < DESCRIPTION_MIN_TO_PUBLISH) {
    problems.push(`The description needs at least ${DESCRIPTION_MIN_TO_PUBLISH} characters.`);
  }
  if (!course.hasThumbnail) problems.push('The course needs a thumbnail.');
  const lessons = course.sections.flatMap((s) => s.lessons);
  if (lessons.length === 0) problems.push('The course needs at least one lesson.');
  for (const section of course.sections) {
    if (section.lessons.length === 0) problems.push(`Section "${section.title}" has no lessons.`);
  }
  for (const lesson of lessons) {
    if (!lesson.hasVideo) problems.push(`Lesson "${lesson.title}" has no video.`);
  }
  return problems;
}

/** The longest lesson video, in seconds; a longer duration (from the browser or the file) is not believed. */
export const MAX_VIDEO_SECONDS = 24 * 3600;

/** Files above this go up in parts (parallel, each retried on its own). */
export const MULTIPART_THRESHOLD_BYTES = 100 * 1024 ** 2;
