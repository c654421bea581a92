import { HttpErrorResponse } from '@angular/common/http';

import { adminErrorMessage, isVersionConflict, publishProblemsOf } from './admin-error-message';

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body });
}

describe('adminErrorMessage', () => {
  it('names the field of a 400 the way the editor labels it', () => {
    const error = httpError(400, { error: 'contentType: text/html is not allowed for video uploads', code: 'UnsupportedType' });
    expect(adminErrorMessage(error)).toBe('File type: text/html is not allowed for video uploads');
    expect(adminErrorMessage(httpError(400, { error: 'priceCents: is too high' }))).toBe('Price: is too high');
  });

  it('capitalises fields it has no label for', () => {
    expect(adminErrorMessage(httpError(400, { error: 'version: must be a whole number' }))).toBe(
      'Version: must be a whole number',
    );
  });

  it('passes other client errors on as the API words them, and hides server errors', () => {
    expect(adminErrorMessage(httpError(409, { error: 'Unpublish the course before deleting it', code: 'CoursePublished' }))).toBe(
      'Unpublish the course before deleting it',
    );
    expect(adminErrorMessage(httpError(500, { error: 'boom' }))).toMatch(/something went wrong/i);
  });
});

describe('isVersionConflict', () => {
  it('recognises a stale version', () => {
    expect(isVersionConflict(httpError(409, { error: 'changed', code: 'VersionConflict' }))).toBe(true);
    expect(isVersionConflict(httpError(409, { error: 'published', code: 'CoursePublished' }))).toBe(false);
    expect(isVersionConflict(new Error('x'))).toBe(false);
  });
});

describe('publishProblemsOf', () => {
  it('reads the problems of a refused publish', () => {
    const error = httpError(400, {
      error: 'The course is not ready to publish: …',
      code: 'NotReadyToPublish',
      problems: ['The course needs a thumbnail.', 'Lesson "Intro" has no video.'],
    });
    expect(publishProblemsOf(error)).toEqual(['The course needs a thumbnail.', 'Lesson "Intro" has no video.']);
  });

  it('is null for other errors', () => {
    expect(publishProblemsOf(httpError(400, { error: 'title: is required', code: 'ValidationError' }))).toBeNull();
    expect(publishProblemsOf(new Error('x'))).toBeNull();
  });
});
