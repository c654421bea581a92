import { describe, expect, it } from 'vitest';
import { sniffScoreFormat } from './score-format';

const bytes = (text: string) => new TextEncoder().encode(text);
const withLength = (text: string) => new Uint8Array([text.length, ...bytes(text)]);

describe('a score format read from the bytes', () => {
  it('knows Guitar Pro 3-5, GPX and 7+ whatever the file is called', () => {
    expect(sniffScoreFormat(withLength('FICHIER GUITAR PRO v5.00'))).toBe('guitar-pro');
    expect(sniffScoreFormat(withLength('FICHIER GUITAR PRO v3.00'))).toBe('guitar-pro');
    expect(sniffScoreFormat(bytes('BCFZ\u0000\u0001'))).toBe('guitar-pro');
    expect(sniffScoreFormat(bytes('PK\u0003\u0004....Content/score.gpif'))).toBe('guitar-pro');
  });

  it('knows MusicXML, plain or compressed', () => {
    expect(sniffScoreFormat(bytes('<?xml version="1.0"?>\n<!DOCTYPE score-partwise>\n<score-partwise version="4.0">'))).toBe('musicxml');
    expect(sniffScoreFormat(bytes('\uFEFF<score-timewise>'))).toBe('musicxml');
    expect(sniffScoreFormat(bytes('PK\u0003\u0004....META-INF/container.xml'))).toBe('musicxml');
  });

  it('knows alphaTex, with metadata or as bare bars', () => {
    expect(sniffScoreFormat(bytes('\\title "Twelve-bar blues"\n\\tempo 90\n.\n0.6.4 2.5.4 |'))).toBe('alphatex');
    expect(sniffScoreFormat(bytes('0.6.4 3.6.4 5.6.4 3.6.4 | 0.5.4 3.5.4 5.5.4 3.5.4 |'))).toBe('alphatex');
  });

  it('refuses what no renderer can read', () => {
    expect(sniffScoreFormat(bytes('%PDF-1.7\n'))).toBeUndefined();
    expect(sniffScoreFormat(bytes('<html><body>not a score</body></html>'))).toBeUndefined();
    expect(sniffScoreFormat(bytes('Just some notes about the lesson.'))).toBeUndefined();
    expect(sniffScoreFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBeUndefined();
    expect(sniffScoreFormat(bytes('PK\u0003\u0004....word/document.xml'))).toBeUndefined();
  });
});
