import { ACCEPT, contentTypeOf } from './file-types';

describe('file types', () => {
  it('accepts the API types per kind', () => {
    expect(ACCEPT.video).toBe('video/mp4,video/quicktime,video/webm,audio/mpeg,audio/mp4,audio/x-m4a,audio/wav,audio/x-wav,audio/flac,audio/x-flac');
    expect(ACCEPT.thumbnail).toBe('image/jpeg,image/png,image/webp');
    expect(ACCEPT.material.split(',')).toEqual(
      expect.arrayContaining(['application/pdf', 'application/x-guitar-pro', 'audio/flac', '.gp5', '.musicxml']),
    );
  });

  it("uses the browser's type", () => {
    expect(contentTypeOf(new File(['x'], 'a.pdf', { type: 'application/pdf' }))).toBe('application/pdf');
  });

  it('guesses types browsers do not know from the extension', () => {
    expect(contentTypeOf(new File(['x'], 'Solo.GP5'))).toBe('application/x-guitar-pro');
    expect(contentTypeOf(new File(['x'], 'score.musicxml'))).toBe('application/vnd.recordare.musicxml+xml');
    expect(contentTypeOf(new File(['x'], 'notes.txt'))).toBe('');
  });
});
