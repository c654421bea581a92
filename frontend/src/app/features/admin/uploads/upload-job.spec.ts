import { UploadJob } from './upload-job';

describe('UploadJob', () => {
  it('works out its percent from the bytes sent', () => {
    const job = new UploadJob({ kind: 'material', lessonId: 'l-1' }, new File([new Uint8Array(300)], 'a.pdf'));
    expect(job.percent()).toBe(0);
    job.sentBytes.set(100);
    expect(job.percent()).toBe(33);
    job.sentBytes.set(400);
    expect(job.percent()).toBe(100);
    expect(job.fileName).toBe('a.pdf');
  });

  it('knows where it goes', () => {
    const job = new UploadJob({ kind: 'video', lessonId: 'l-1' }, new File(['x'], 'v.mp4'));
    expect(job.isFor('video', 'l-1')).toBe(true);
    expect(job.isFor('video', 'l-2')).toBe(false);
    expect(job.isFor('material', 'l-1')).toBe(false);
    expect(new UploadJob({ kind: 'thumbnail' }, new File(['x'], 't.png')).isFor('thumbnail')).toBe(true);
  });

  it('has a unique id', () => {
    const file = new File(['x'], 'v.mp4');
    expect(new UploadJob({ kind: 'video' }, file).id).not.toBe(new UploadJob({ kind: 'video' }, file).id);
  });
});
