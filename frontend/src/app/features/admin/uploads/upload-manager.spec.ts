import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { CourseEditorStore } from '../data/course-editor.store';
import { anOutlinedCourse } from '../testing/admin-course-fixtures';
import { aMultipartTicket, aSingleTicket } from '../../../shared/uploads/testing/upload-tickets';
import { FakeXhr, flushPromises } from '../../../shared/uploads/testing/fake-xhr';
import { UPLOAD_CONFIG } from '../../../shared/uploads/upload-config';
import { UploadManager } from './upload-manager';
import { VIDEO_DURATION_READER } from '../../../shared/uploads/video-duration';

describe('UploadManager', () => {
  let manager: UploadManager;
  let store: CourseEditorStore;
  let http: HttpTestingController;
  let readDuration: ReturnType<typeof vi.fn>;
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;

  beforeEach(() => {
    FakeXhr.reset();
    URL.createObjectURL = vi.fn(() => 'blob:preview-1');
    URL.revokeObjectURL = vi.fn();
    readDuration = vi.fn(async () => 42.4);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        CourseEditorStore,
        UploadManager,
        { provide: UPLOAD_CONFIG, useValue: { parallelParts: 4, retryDelaysMs: [], createXhr: FakeXhr.create } },
        { provide: VIDEO_DURATION_READER, useValue: readDuration },
      ],
    });
    store = TestBed.inject(CourseEditorStore);
    manager = TestBed.inject(UploadManager);
    http = TestBed.inject(HttpTestingController);
    store.load('course-1');
    http.expectOne('/api/admin/courses/course-1').flush(anOutlinedCourse());
  });

  afterEach(() => {
    http.verify();
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
  });

  const video = (size = 1000) => new File([new Uint8Array(size)], 'clip.mp4', { type: 'video/mp4' });

  it('uploads a video: ticket, PUT to storage with progress, then complete with the duration', async () => {
    const job = manager.start({ kind: 'video', lessonId: 'l-1' }, video());
    expect(job.state()).toBe('starting');
    expect(manager.jobsFor('video', 'l-1')).toEqual([job]);
    expect(manager.busy()).toBe(true);

    const ticketRequest = http.expectOne({ method: 'POST', url: '/api/admin/uploads' });
    expect(ticketRequest.request.body).toEqual({
      courseId: 'course-1',
      lessonId: 'l-1',
      kind: 'video',
      fileName: 'clip.mp4',
      contentType: 'video/mp4',
      sizeBytes: 1000,
    });
    ticketRequest.flush(aSingleTicket(), { status: 201, statusText: 'Created' });
    await flushPromises();

    expect(job.state()).toBe('uploading');
    const [put] = FakeXhr.sent;
    put.progress(500);
    expect(job.percent()).toBe(50);
    expect(job.sentBytes()).toBe(500);
    put.respond(200);
    await flushPromises();

    expect(job.state()).toBe('finishing');
    const complete = http.expectOne({ method: 'POST', url: '/api/admin/uploads/complete' });
    expect(complete.request.body).toEqual({
      courseId: 'course-1',
      lessonId: 'l-1',
      kind: 'video',
      key: aSingleTicket().key,
      fileName: 'clip.mp4',
      multipartUploadId: undefined,
      parts: undefined,
      durationSec: 42.4,
    });
    const updated = anOutlinedCourse({ version: 6 });
    complete.flush(updated);
    await flushPromises();

    expect(store.course()).toEqual(updated);
    expect(manager.jobs()).toEqual([]);
    expect(manager.busy()).toBe(false);
    expect(manager.announcement()).toBe('clip.mp4 uploaded.');
    expect(readDuration).toHaveBeenCalledWith(job.file);
  });

  it('completes a multipart upload with its upload id and the parts’ ETags', async () => {
    manager.start({ kind: 'material', lessonId: 'l-2' }, new File([new Uint8Array(150)], 'Backing.mp3', { type: 'audio/mpeg' }));
    http.expectOne('/api/admin/uploads').flush(aMultipartTicket(150, 100));
    await flushPromises();

    FakeXhr.sent[0].respond(200, { ETag: '"one"' });
    FakeXhr.sent[1].respond(200, { ETag: '"two"' });
    await flushPromises();

    const complete = http.expectOne('/api/admin/uploads/complete');
    expect(complete.request.body).toMatchObject({
      kind: 'material',
      multipartUploadId: 'mp-1',
      parts: [
        { partNumber: 1, etag: '"one"' },
        { partNumber: 2, etag: '"two"' },
      ],
      durationSec: undefined,
    });
    complete.flush(anOutlinedCourse({ version: 6 }));
    await flushPromises();
    expect(readDuration).not.toHaveBeenCalled();
  });

  it('refuses a file of the wrong type before sending anything, says which files are accepted, and offers no Retry', async () => {
    const job = manager.start({ kind: 'material', lessonId: 'l-1' }, new File(['x'], 'notes.txt', { type: 'text/plain' }));
    await flushPromises();

    http.expectNone('/api/admin/uploads');
    expect(job.state()).toBe('failed');
    expect(job.error()).toBe(
      "notes.txt can't be used as a lesson material. Accepted: PDF, MusicXML, Guitar Pro or audio (MP3, M4A, WAV, OGG, FLAC, AAC).",
    );
    expect(job.retryable()).toBe(false);
    manager.retry(job);
    expect(job.state()).toBe('failed');
    http.expectNone('/api/admin/uploads');
  });

  it('refuses a file above the kind\'s size limit before sending anything', async () => {
    const huge = new File(['x'], 'cover.png', { type: 'image/png' });
    Object.defineProperty(huge, 'size', { value: 6 * 1024 ** 2 });
    const job = manager.start({ kind: 'thumbnail' }, huge);
    await flushPromises();

    http.expectNone('/api/admin/uploads');
    expect(job.error()).toBe('cover.png is too large: course thumbnail files may be at most 5 MB.');
    expect(job.retryable()).toBe(false);
  });

  it("shows the API's refusal of the request without Retry, which would only be refused again", async () => {
    const job = manager.start({ kind: 'video', lessonId: 'l-1' }, video(100));
    http
      .expectOne('/api/admin/uploads')
      .flush({ error: 'sizeBytes: video files may be at most 5 GB', code: 'TooLarge' }, { status: 400, statusText: 'Bad Request' });
    await flushPromises();

    expect(job.state()).toBe('failed');
    expect(job.error()).toBe('File size: video files may be at most 5 GB');
    expect(job.retryable()).toBe(false);
    expect(manager.busy()).toBe(false);
  });

  it('offers Retry after a failure another attempt can get past, and starts over with a new ticket', async () => {
    const job = manager.start({ kind: 'video', lessonId: 'l-1' }, video(100));
    http.expectOne('/api/admin/uploads').flush({ error: 'Try again later' }, { status: 503, statusText: 'Unavailable' });
    await flushPromises();
    expect(job.state()).toBe('failed');
    expect(job.retryable()).toBe(true);

    manager.retry(job);
    expect(job.state()).toBe('starting');
    expect(job.error()).toBeNull();
    http.expectOne('/api/admin/uploads').flush(aSingleTicket());
    await flushPromises();
    expect(FakeXhr.sent).toHaveLength(1);
    manager.cancel(job);
  });

  it('fails when storage refuses, and drops the unfinished multipart upload', async () => {
    const job = manager.start({ kind: 'video', lessonId: 'l-1' }, video(100));
    http.expectOne('/api/admin/uploads').flush(aMultipartTicket(100, 100));
    await flushPromises();
    FakeXhr.sent[0].networkError();
    await flushPromises();

    expect(job.state()).toBe('failed');
    expect(job.error()).toMatch(/interrupted/);
    const abort = http.expectOne({ method: 'POST', url: '/api/admin/uploads/abort' });
    expect(abort.request.body).toEqual({ courseId: 'course-1', key: aMultipartTicket(100, 100).key, multipartUploadId: 'mp-1' });
    abort.flush({ aborted: true });

    manager.dismiss(job);
    expect(manager.jobs()).toEqual([]);
  });

  it('cancels: aborts the transfer, tells the API to drop the multipart upload, removes the row', async () => {
    const job = manager.start({ kind: 'video', lessonId: 'l-1' }, video(300));
    http.expectOne('/api/admin/uploads').flush(aMultipartTicket(300, 100));
    await flushPromises();
    expect(FakeXhr.sent).toHaveLength(3);

    manager.cancel(job);
    await flushPromises();

    expect(FakeXhr.sent.every((xhr) => xhr.aborted)).toBe(true);
    http.expectOne('/api/admin/uploads/abort').flush({ aborted: true });
    expect(manager.jobs()).toEqual([]);
    expect(manager.announcement()).toBe('Upload of clip.mp4 cancelled.');
    http.expectNone('/api/admin/uploads/complete');
  });

  it('keeps a preview of a thumbnail while it uploads, and lets it go afterwards', async () => {
    const job = manager.start({ kind: 'thumbnail' }, new File(['png'], 'cover.png', { type: 'image/png' }));
    expect(job.previewUrl).toBe('blob:preview-1');

    const ticket = http.expectOne('/api/admin/uploads');
    expect(ticket.request.body.lessonId).toBeUndefined();
    ticket.flush(aSingleTicket({ single: { url: '/storage/x', headers: { 'Content-Type': 'image/png' } } }));
    await flushPromises();
    FakeXhr.sent[0].respond(200);
    await flushPromises();
    http.expectOne('/api/admin/uploads/complete').flush(anOutlinedCourse({ hasThumbnail: true, thumbnailUrl: '/media/t.png' }));
    await flushPromises();

    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview-1');
    expect(store.course()?.thumbnailUrl).toBe('/media/t.png');
  });

  it('shows a failed "complete" on the row, not as an editor-wide error', async () => {
    const job = manager.start({ kind: 'video', lessonId: 'l-1' }, video());
    http.expectOne('/api/admin/uploads').flush(aSingleTicket());
    await flushPromises();
    FakeXhr.sent[0].respond(200);
    await flushPromises();
    http
      .expectOne('/api/admin/uploads/complete')
      .flush({ error: 'key: no uploaded file found; upload it first', code: 'UploadMissing' }, { status: 400, statusText: 'Bad Request' });
    await flushPromises();

    expect(job.state()).toBe('failed');
    expect(job.error()).toBe('Upload: no uploaded file found; upload it first');
    expect(store.error()).toBeNull();
  });

  it('cancels everything at once', async () => {
    manager.start({ kind: 'video', lessonId: 'l-1' }, video());
    manager.start({ kind: 'thumbnail' }, new File(['png'], 'cover.png', { type: 'image/png' }));
    const tickets = http.match('/api/admin/uploads');
    tickets[0].flush(aSingleTicket());
    await flushPromises();

    manager.cancelAll();
    expect(manager.jobs()).toEqual([]);
    expect(FakeXhr.sent[0].aborted).toBe(true);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview-1');
    tickets[1].flush(aSingleTicket());
    await flushPromises();
    expect(FakeXhr.sent).toHaveLength(1);
  });
});
