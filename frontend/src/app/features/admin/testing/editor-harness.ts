import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import type { AdminCourse } from '@lessonstage/shared';

import { CourseEditorStore } from '../data/course-editor.store';
import { UPLOAD_CONFIG } from '../../../shared/uploads/upload-config';
import { TranscodeWatch } from '../data/transcode-watch';
import { UploadManager } from '../uploads/upload-manager';
import { VIDEO_DURATION_READER } from '../../../shared/uploads/video-duration';
import { FakeXhr } from '../../../shared/uploads/testing/fake-xhr';

@Component({ template: '' })
class Blank {}

export const COURSE_URL = '/api/admin/courses/course-1';

export interface EditorHarness<T> {
  readonly fixture: ComponentFixture<T>;
  readonly http: HttpTestingController;
  readonly store: CourseEditorStore;
  readonly router: Router;
  readonly el: HTMLElement;
  stable(): Promise<void>;
  /** The modal open on top of the page, if any. */
  modal(): HTMLElement | null;
  done(): void;
}

/** Test providers for the editor: fake HTTP and XHR, a fixed video duration, a blank router. */
export function editorProviders() {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideRouter([{ path: '**', component: Blank }], withComponentInputBinding()),
    { provide: UPLOAD_CONFIG, useValue: { parallelParts: 4, retryDelaysMs: [], createXhr: FakeXhr.create } },
    { provide: VIDEO_DURATION_READER, useValue: async () => 42 },
  ];
}

function harness<T>(fixture: ComponentFixture<T>): EditorHarness<T> {
  const http = TestBed.inject(HttpTestingController);
  return {
    fixture,
    http,
    store: fixture.debugElement.injector.get(CourseEditorStore),
    router: TestBed.inject(Router),
    el: fixture.nativeElement as HTMLElement,
    stable: async () => {
      await fixture.whenStable();
      await fixture.whenStable();
    },
    modal: () => document.querySelector<HTMLElement>('app-modal-frame'),
    done() {
      http.verify();
      fixture.nativeElement.remove();
      document.querySelectorAll('app-confirm-dialog, app-text-prompt-dialog').forEach((modal) => modal.remove());
    },
  };
}

/**
 * Renders a piece of the editor (which expects the page's store and uploads) with `course`
 * loaded, attached to the document so focus can be checked.
 */
export async function renderEditorPart<T>(component: Type<T>, course: AdminCourse): Promise<EditorHarness<T>> {
  FakeXhr.reset();
  TestBed.configureTestingModule({
    imports: [component],
    providers: [...editorProviders(), CourseEditorStore, UploadManager, TranscodeWatch],
  });
  const fixture = TestBed.createComponent(component);
  document.body.appendChild(fixture.nativeElement);
  const h = harness(fixture);
  h.store.load(course.courseId);
  h.http.expectOne(`/api/admin/courses/${course.courseId}`).flush(course);
  await h.stable();
  return h;
}

/** Renders a whole page that provides its own store (the editor page) for `courseId`. */
export async function renderEditorPage<T>(page: Type<T>, courseId = 'course-1'): Promise<EditorHarness<T>> {
  FakeXhr.reset();
  TestBed.configureTestingModule({ imports: [page], providers: editorProviders() });
  const fixture = TestBed.createComponent(page);
  fixture.componentRef.setInput('courseId', courseId);
  document.body.appendChild(fixture.nativeElement);
  const h = harness(fixture);
  await h.stable();
  return h;
}

/** Puts `files` into a file input, as picking them would, and fires `change`. */
export function pickFiles(input: HTMLInputElement, ...files: File[]): void {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  input.dispatchEvent(new Event('change'));
}
