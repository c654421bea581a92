import type { UploadKind } from '@lessonstage/shared';
import { BadRequestError } from '../lib/http/http-errors';
import { newId } from '../lib/new-id';

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

function safeFileName(fileName: string): string {
  const cleaned = fileName.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(-100);
  return cleaned || 'file';
}

/**
 * Where an upload goes. Lesson files live under the course's private prefix; covers under
 * public/, which the CDN serves. A fresh id per upload means a retry never overwrites a file
 * that a lesson already points at.
 */
export function uploadKey(courseId: string, kind: UploadKind, fileName: string, contentType: string, lessonId?: string): string {
  const uploadId = newId('u');
  if (kind === 'thumbnail') return `public/thumbnails/${courseId}/${uploadId}.${EXTENSIONS[contentType] ?? 'img'}`;
  return `courses/${courseId}/lessons/${lessonId}/${kind}/${uploadId}/${safeFileName(fileName)}`;
}

/** Where a lesson's captions in one language are kept, always as WebVTT (an upload is read, checked and written here). */
export function captionsKey(courseId: string, lessonId: string, lang: string): string {
  return `courses/${courseId}/lessons/${lessonId}/captions/${lang}.vtt`;
}

/** Where a teacher's photo goes: public/ (served like covers), a fresh name per upload. */
export function profilePhotoKey(userId: string, contentType: string): string {
  return `public/teachers/${userId}/${newId('u')}.${EXTENSIONS[contentType] ?? 'img'}`;
}

/** Refuses a photo completion for a key this teacher could not have been given. */
export function assertProfilePhotoKey(key: string, userId: string): void {
  const prefix = `public/teachers/${userId}/`;
  const rest = key.slice(prefix.length);
  if (!key.startsWith(prefix) || !rest || rest.includes('/') || key.includes('..')) {
    throw new BadRequestError('key: is not a photo upload of yours', 'ValidationError');
  }
}

/** Refuses a completion whose key is not one this course, lesson and kind could have been given. */
export function assertKeyBelongs(key: string, courseId: string, kind: UploadKind, lessonId?: string): void {
  const prefix = kind === 'thumbnail' ? `public/thumbnails/${courseId}/` : `courses/${courseId}/lessons/${lessonId}/${kind}/`;
  if (!key.startsWith(prefix) || key.includes('..') || key.slice(prefix.length).split('/').some((part) => !part)) {
    throw new BadRequestError('key: does not belong to this course, lesson and kind', 'ValidationError');
  }
}
