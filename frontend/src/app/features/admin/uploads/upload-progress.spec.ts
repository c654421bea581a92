import { TestBed } from '@angular/core/testing';

import { UploadJob } from './upload-job';
import { UploadManager } from './upload-manager';
import { UploadProgress } from './upload-progress';

describe('UploadProgress', () => {
  const manager = { cancel: vi.fn(), retry: vi.fn(), dismiss: vi.fn() };

  async function render(job: UploadJob) {
    TestBed.configureTestingModule({ imports: [UploadProgress], providers: [{ provide: UploadManager, useValue: manager }] });
    const fixture = TestBed.createComponent(UploadProgress);
    fixture.componentRef.setInput('job', job);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, bar: () => el.querySelector('mat-progress-bar')!, button: (name: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === name) };
  }

  const aJob = () => new UploadJob({ kind: 'video', lessonId: 'l-1' }, new File([new Uint8Array(4096)], 'lesson.mp4', { type: 'video/mp4' }));

  it('shows a determinate bar with percent and bytes, and Cancel', async () => {
    const job = aJob();
    const { fixture, el, bar, button } = await render(job);
    expect(el.textContent).toContain('Preparing…');

    job.state.set('uploading');
    job.sentBytes.set(1024);
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="upload-progress"]')).not.toBeNull();
    expect(bar().getAttribute('aria-valuenow')).toBe('25');
    expect(bar().getAttribute('mode')).toBe('determinate');
    expect(el.textContent).toContain('lesson.mp4');
    expect(el.textContent).toContain('25% · 1 KB of 4 KB');

    button('Cancel')!.click();
    expect(manager.cancel).toHaveBeenCalledWith(job);
    expect(button('Cancel')!.getAttribute('aria-label')).toBe('Cancel upload of lesson.mp4');
  });

  it('has no Cancel while the file is being recorded', async () => {
    const job = aJob();
    job.state.set('finishing');
    const { el, button } = await render(job);
    expect(button('Cancel')).toBeUndefined();
    expect(el.textContent).toContain('Saving…');
  });

  it('shows a failure with Retry and Dismiss', async () => {
    const job = aJob();
    job.sentBytes.set(2048);
    job.error.set('The upload was interrupted.');
    job.state.set('failed');
    const { el, button } = await render(job);

    expect(el.querySelector('[role="alert"]')?.textContent).toBe('The upload was interrupted.');
    expect(el.textContent).toContain('Failed at 50%');
    button('Retry')!.click();
    button('Dismiss')!.click();
    expect(manager.retry).toHaveBeenCalledWith(job);
    expect(manager.dismiss).toHaveBeenCalledWith(job);
  });

  it('offers no Retry for a file that would be refused again, and says it was not uploaded', async () => {
    const job = new UploadJob({ kind: 'material', lessonId: 'l-1' }, new File(['x'], 'notes.txt', { type: 'text/plain' }));
    job.error.set("notes.txt can't be used as a lesson material. Accepted: PDF, MusicXML, Guitar Pro or audio (MP3, M4A, WAV, OGG, FLAC, AAC).");
    job.retryable.set(false);
    job.state.set('failed');
    const { el, button } = await render(job);

    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Accepted: PDF, MusicXML, Guitar Pro or audio');
    expect(el.querySelector('[data-testid="upload-status"]')?.textContent).toBe('Not uploaded');
    expect(button('Retry')).toBeUndefined();
    expect(button('Dismiss')).toBeDefined();
  });
});
