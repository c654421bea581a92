import { fileKindLabel } from './file-kind-label';

describe('fileKindLabel', () => {
  it('names known types', () => {
    expect(fileKindLabel('application/pdf')).toBe('PDF');
    expect(fileKindLabel('application/x-guitar-pro')).toBe('Guitar Pro');
    expect(fileKindLabel('application/vnd.recordare.musicxml+xml')).toBe('MusicXML');
  });

  it('names audio by its format', () => {
    expect(fileKindLabel('audio/mpeg')).toBe('MPEG audio');
    expect(fileKindLabel('audio/x-wav')).toBe('WAV audio');
  });

  it('falls back to the content type', () => {
    expect(fileKindLabel('application/zip')).toBe('application/zip');
  });
});
