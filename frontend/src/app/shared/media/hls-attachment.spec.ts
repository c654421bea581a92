import type { HlsLibrary } from './hls-attachment';
import { attachHls, AUTO_LEVEL, HlsAttachment } from './hls-attachment';
import { FakeHls } from './testing/fake-hls';

/** A video element's seeking as hls.js sees it: a position and what is buffered. */
class FakeVideo extends EventTarget {
  currentTime = 0;
  ranges: [number, number][] = [[0, 10]];
  get buffered(): TimeRanges {
    const ranges = this.ranges;
    return { length: ranges.length, start: (i: number) => ranges[i]![0], end: (i: number) => ranges[i]![1] } as TimeRanges;
  }
  seek(to: number): void {
    this.currentTime = to;
    this.dispatchEvent(new Event('seeking'));
  }
}

function attach(): { hls: FakeHls; video: FakeVideo; attachment: HlsAttachment } {
  const hls = new FakeHls({});
  // The bench's ladder at 5 Mbit/s: Auto loads 720p, whose 2 s segment takes ~1.3 s.
  hls.levels = [890_000, 1_530_000, 3_030_000, 5_270_000].map((bitrate) => ({ bitrate, details: { targetduration: 2 } }));
  hls.nextAutoLevel = 2;
  hls.bandwidthEstimate = 5_000_000;
  const video = new FakeVideo();
  const attachment = new HlsAttachment(hls as never, FakeHls as unknown as HlsLibrary, () => undefined, video as unknown as HTMLVideoElement);
  return { hls, video, attachment };
}

describe('HlsAttachment seeks', () => {
  it('loads the first segment after a seek past the buffer from the smallest rung, then hands back to Auto', () => {
    const { hls, video } = attach();
    video.seek(30.5);
    expect(hls.loadLevel).toBe(0);
    hls.emit(FakeHls.Events.FRAG_LOADED, { frag: { level: 0 } });
    expect(hls.loadLevel).toBe(AUTO_LEVEL);
  });

  it('leaves seeks within the buffer (loops) alone', () => {
    const { hls, video } = attach();
    video.seek(4.5);
    expect(hls.loadLevel).toBe(AUTO_LEVEL);
  });

  it('never overrides a quality the user chose', () => {
    const { hls, video, attachment } = attach();
    attachment.select(3);
    video.seek(30.5);
    expect(hls.loadLevel).toBe(AUTO_LEVEL);
    expect(hls.nextLevel).toBe(3);
  });

  it('keeps a quality chosen while the seek segment loads', () => {
    const { hls, video, attachment } = attach();
    video.seek(30.5);
    attachment.select(3);
    hls.emit(FakeHls.Events.FRAG_LOADED, { frag: { level: 0 } });
    expect(hls.loadLevel).not.toBe(AUTO_LEVEL); // not handed back to Auto: the user's choice stands
    expect(hls.nextLevel).toBe(3);
  });

  it('stops listening when destroyed', () => {
    const { hls, video, attachment } = attach();
    attachment.destroy();
    video.seek(30.5);
    expect(hls.loadLevel).toBe(AUTO_LEVEL);
  });
});

describe('attachHls buffering', () => {
  it('fetches about one segment before the first play, half a minute ahead once playing', async () => {
    const video = document.createElement('video');
    const attachment = await attachHls(() => Promise.resolve(FakeHls as unknown as HlsLibrary), video, '/hls/master.m3u8', () => undefined);
    const hls = FakeHls.instances.at(-1)!;
    expect(hls.config['maxBufferLength']).toBe(2);
    video.dispatchEvent(new Event('play'));
    expect(hls.config['maxBufferLength']).toBe(30);
    attachment?.destroy();
  });
});
