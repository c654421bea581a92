import { parseThumbnailTrack, thumbnailAt } from './thumbnail-track';

const VTT = `WEBVTT

00:00:00.000 --> 00:00:05.000
sprite-001.jpg#xywh=0,0,160,90

00:00:05.000 --> 00:00:10.000
sprite-001.jpg#xywh=160,0,160,90

1
00:01:00.000 --> 00:01:05.500
../other/sprite-002.jpg#xywh=0,90,160,90

00:01:10.000 --> 00:01:15.000
broken.jpg#xywh=0,a,160,90
`;

describe('thumbnail track', () => {
  const cues = parseThumbnailTrack(VTT, 'http://localhost/media/hls/c/l/job/thumbs/thumbnails.vtt');

  it('reads each cue, its sprite resolved against the index and its rectangle', () => {
    expect(cues).toEqual([
      { start: 0, end: 5, image: 'http://localhost/media/hls/c/l/job/thumbs/sprite-001.jpg', x: 0, y: 0, width: 160, height: 90 },
      { start: 5, end: 10, image: 'http://localhost/media/hls/c/l/job/thumbs/sprite-001.jpg', x: 160, y: 0, width: 160, height: 90 },
      { start: 60, end: 65.5, image: 'http://localhost/media/hls/c/l/job/other/sprite-002.jpg', x: 0, y: 90, width: 160, height: 90 },
    ]);
  });

  it('reads a cue naming a whole frame (MediaConvert’s previews) as that image in the preview box', () => {
    const frames = parseThumbnailTrack('WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nthumb.0000000.jpg\n\n00:00:05.000 --> 00:00:10.000\n\n', 'http://localhost/media/hls/c/l/job/thumbs/thumbnails.vtt');
    expect(frames).toEqual([{ start: 0, end: 5, image: 'http://localhost/media/hls/c/l/job/thumbs/thumb.0000000.jpg', x: 0, y: 0, width: 160, height: 90, whole: true }]);
  });

  it('finds the cue of a time, and none between or after cues', () => {
    expect(thumbnailAt(cues, 0)?.x).toBe(0);
    expect(thumbnailAt(cues, 7.2)?.x).toBe(160);
    expect(thumbnailAt(cues, 62)?.y).toBe(90);
    expect(thumbnailAt(cues, 30)).toBeNull();
    expect(thumbnailAt(cues, 99)).toBeNull();
    expect(thumbnailAt([], 1)).toBeNull();
  });
});
