import { describe, expect, it } from 'vitest';
import { acceptedFormats, isAcceptedType, readableMaxSize, UPLOAD_FORMATS, UPLOAD_KINDS, UPLOAD_RULES } from './authoring-rules';

describe('upload rules', () => {
  it('say in words which files each kind takes', () => {
    expect(acceptedFormats('material')).toBe('PDF, MusicXML, Guitar Pro or audio (MP3, M4A, WAV, OGG, FLAC, AAC)');
    expect(acceptedFormats('video')).toBe('MP4, MOV, WebM or audio (MP3, M4A, WAV, FLAC)');
    expect(acceptedFormats('thumbnail')).toBe('JPEG, PNG or WebP');
    expect(readableMaxSize('video')).toBe('5 GB');
    expect(readableMaxSize('material')).toBe('500 MB');
  });

  it('accept exactly the content types the named formats list', () => {
    for (const kind of UPLOAD_KINDS) {
      expect(UPLOAD_RULES[kind].contentTypes).toEqual(UPLOAD_FORMATS[kind].flatMap((format) => format.contentTypes));
    }
    expect(isAcceptedType('material', 'application/pdf')).toBe(true);
    expect(isAcceptedType('material', 'text/plain')).toBe(false);
    expect(isAcceptedType('video', 'audio/mpeg')).toBe(true);
    expect(isAcceptedType('video', 'audio/ogg')).toBe(false);
  });
});
