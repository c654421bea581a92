import { readVideoDuration } from './video-duration';

describe('readVideoDuration', () => {
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;
  let video: HTMLVideoElement;

  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:clip');
    URL.revokeObjectURL = vi.fn();
    const create = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation((tag: string) => {
      const element = create(tag);
      if (tag === 'video') {
        video = element as HTMLVideoElement;
        vi.spyOn(video, 'load').mockImplementation(() => undefined);
      }
      return element;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
  });

  it("reads the duration from the file's metadata and lets the object URL go", async () => {
    const reading = readVideoDuration(new Blob(['x'], { type: 'video/mp4' }));
    expect(video.preload).toBe('metadata');
    expect(video.getAttribute('src')).toBe('blob:clip');
    Object.defineProperty(video, 'duration', { value: 42.5 });
    video.dispatchEvent(new Event('loadedmetadata'));

    expect(await reading).toBe(42.5);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:clip');
  });

  it('gives undefined when the browser cannot read the file', async () => {
    const reading = readVideoDuration(new Blob(['x']));
    video.dispatchEvent(new Event('error'));
    expect(await reading).toBeUndefined();
  });

  it('gives undefined for an endless stream', async () => {
    const reading = readVideoDuration(new Blob(['x']));
    Object.defineProperty(video, 'duration', { value: Infinity });
    video.dispatchEvent(new Event('loadedmetadata'));
    expect(await reading).toBeUndefined();
  });
});
