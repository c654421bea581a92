import { HttpErrorResponse } from '@angular/common/http';

import { apiErrorCode, apiErrorMessage } from '../../../core/http/api-error-message';

export const VERSION_CONFLICT = 'VersionConflict';
export const NOT_READY_TO_PUBLISH = 'NotReadyToPublish';

/** How the editor names the fields a 400's message starts with ("contentType: …"). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Title',
  description: 'Description',
  instrument: 'Instrument',
  level: 'Level',
  priceCents: 'Price',
  currency: 'Currency',
  contentType: 'File type',
  sizeBytes: 'File size',
  fileName: 'File name',
  lessonId: 'Lesson',
  sections: 'Outline',
  key: 'Upload',
  parts: 'Upload',
};

/** A failed authoring request as a sentence, with the field named the way the editor labels it. */
export function adminErrorMessage(error: unknown): string {
  const message = apiErrorMessage(error);
  const field = error instanceof HttpErrorResponse && error.status === 400 ? /^([a-zA-Z]+): (.+)$/s.exec(message) : null;
  if (!field) {
    return message;
  }
  const label = FIELD_LABELS[field[1]] ?? field[1].charAt(0).toUpperCase() + field[1].slice(1);
  return `${label}: ${field[2]}`;
}

/** True when the edit was made against an old version of the course (409 VersionConflict). */
export function isVersionConflict(error: unknown): boolean {
  return apiErrorCode(error) === VERSION_CONFLICT;
}

/** The reasons a publish was refused (400 NotReadyToPublish), or null for any other error. */
export function publishProblemsOf(error: unknown): string[] | null {
  if (apiErrorCode(error) !== NOT_READY_TO_PUBLISH || !(error instanceof HttpErrorResponse)) {
    return null;
  }
  const problems = (error.error as { problems?: unknown }).problems;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
}
