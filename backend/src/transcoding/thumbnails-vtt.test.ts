import { describe, expect, it } from 'vitest';
import { spriteSheetCount, thumbnailsVtt } from './thumbnails-vtt';

describe('thumbnailsVtt', () => {
  it('indexes one cell every 5 s, row by row, ending at the duration', () => {
    const vtt = thumbnailsVtt(13);
    expect(vtt).toBe(
      'WEBVTT\n\n' +
        '00:00:00.000 --> 00:00:05.000\nsprite-001.jpg#xywh=0,0,160,90\n\n' +
        '00:00:05.000 --> 00:00:10.000\nsprite-001.jpg#xywh=160,0,160,90\n\n' +
        '00:00:10.000 --> 00:00:13.000\nsprite-001.jpg#xywh=320,0,160,90\n',
    );
  });

  it('moves to the next sheet after 25 cells and wraps rows after 5', () => {
    const cues = thumbnailsVtt(3600).split('\n\n').slice(1);
    expect(cues).toHaveLength(720);
    expect(cues[5]).toContain('sprite-001.jpg#xywh=0,90,160,90');
    expect(cues[25]).toBe('00:02:05.000 --> 00:02:10.000\nsprite-002.jpg#xywh=0,0,160,90');
    expect(cues[719]).toContain('01:00:00.000');
    expect(spriteSheetCount(3600)).toBe(29);
  });
});
