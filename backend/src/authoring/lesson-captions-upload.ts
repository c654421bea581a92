import type { Context } from 'hono';
import { readableMaxSize, UPLOAD_RULES, type uploadCompleteRequestSchema } from '@lessonstage/shared';
import type * as z from '@lessonstage/shared/zod';
import { readCaptionFile } from '../captions/caption-file';
import type { CourseRecord } from '../courses/course.record';
import { BadRequestError } from '../lib/http/http-errors';
import type { AuthoringEnv } from './authoring.deps';
import { editLatest } from './course-editing';
import { setCaptions } from './course-outline';
import { captionsKey } from './upload-keys';

type CompleteRequest = z.output<typeof uploadCompleteRequestSchema>;

/** Reads the uploaded file (always removed afterwards: it is only the way in) and answers the WebVTT to keep. */
async function checkedUpload(c: Context<AuthoringEnv>, key: string, contentType: string): Promise<Uint8Array> {
  const { storage } = c.get('deps');
  try {
    const bytes = await storage.readObject(key);
    if (!bytes) throw new BadRequestError('key: no uploaded file found; upload it first', 'UploadMissing');
    const vtt = new TextEncoder().encode(readCaptionFile(bytes, contentType === 'application/x-subrip' ? 'srt' : 'vtt'));
    if (vtt.byteLength > UPLOAD_RULES.captions.maxBytes) {
      throw new BadRequestError(`sizeBytes: captions files may be at most ${readableMaxSize('captions')} once converted to WebVTT`, 'TooLarge');
    }
    return vtt;
  } finally {
    await storage.deleteObject(key);
  }
}

/**
 * A completed captions upload: checked (400 naming the wrong line, the lesson keeps the captions
 * it had), converted to WebVTT and kept under the lesson's captions/<lang>.vtt, replacing that
 * language's file if there was one.
 */
export async function attachUploadedCaptions(c: Context<AuthoringEnv>, request: CompleteRequest, contentType: string): Promise<CourseRecord> {
  const { courseId, lessonId, key, captions } = request;
  if (!captions) throw new BadRequestError('captions: lang and label are required for captions uploads', 'ValidationError');
  const target = captionsKey(courseId, lessonId!, captions.lang);
  // Uploads go to a folder of their own (upload-keys.ts); the kept file is never an upload's key.
  if (!key.slice(key.indexOf('/captions/') + '/captions/'.length).includes('/') || key === target) {
    throw new BadRequestError('key: is not a captions upload', 'ValidationError');
  }
  const vtt = await checkedUpload(c, key, contentType);
  await c.get('deps').storage.putObject(target, vtt, 'text/vtt; charset=utf-8');
  return editLatest(c, courseId, (course) => setCaptions(course, lessonId!, { lang: captions.lang, label: captions.label, key: target }));
}
