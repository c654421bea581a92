import { describe, expect, it } from 'vitest';
import { capturesOf, framesThumbnailsVtt } from './mediaconvert-stills';

describe('MediaConvert frame captures', () => {
  it('picks the later poster frame and the preview frames in capture order, ignoring everything else', () => {
    const keys = ['master.m3u8', 'poster.0000000.jpg', 'thumbs/thumb.0000010.jpg', 'poster.0000001.jpg', 'thumbs/thumb.0000002.jpg', 'thumbs/thumb.0000000.jpg', 'thumbs/thumb.jpg', 'poster.jpg', 'thumbs/x/thumb.0000001.jpg'];
    expect(capturesOf(keys)).toEqual({ poster: 'poster.0000001.jpg', thumbs: ['thumb.0000000.jpg', 'thumb.0000002.jpg', 'thumb.0000010.jpg'] });
    expect(capturesOf(['poster.0000000.jpg'])).toEqual({ poster: 'poster.0000000.jpg', thumbs: [] });
    expect(capturesOf([])).toEqual({ poster: undefined, thumbs: [] });
  });

  it('indexes one whole frame per cue every 5 s, the last ending at the stream’s end', () => {
    expect(framesThumbnailsVtt(['thumb.0000000.jpg', 'thumb.0000001.jpg', 'thumb.0000002.jpg'], 12.5)).toBe(
      'WEBVTT\n\n' +
        '00:00:00.000 --> 00:00:05.000\nthumb.0000000.jpg\n\n' +
        '00:00:05.000 --> 00:00:10.000\nthumb.0000001.jpg\n\n' +
        '00:00:10.000 --> 00:00:12.500\nthumb.0000002.jpg\n',
    );
    expect(framesThumbnailsVtt(['thumb.0000000.jpg'])).toBe('WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nthumb.0000000.jpg\n');
  });
});
