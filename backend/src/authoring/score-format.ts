import type { ScoreFormat } from '@lessonstage/shared';
import { BadRequestError } from '../lib/http/http-errors';
import type { MediaStorage } from '../lib/storage/media-storage';

/** How many leading bytes tell a score's format. */
export const SCORE_SNIFF_BYTES = 4096;

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));

/** Guitar Pro 3–5: a length byte, then "FICHIER GUITAR PRO v3.00" (or v4/v5). */
function isLegacyGuitarPro(bytes: Uint8Array): boolean {
  return ascii(bytes, 1, 'FICHIER GUITAR PRO'.length) === 'FICHIER GUITAR PRO' || ascii(bytes, 1, 'FICHIER GUITARE PRO'.length) === 'FICHIER GUITARE PRO';
}

/** A ZIP: Guitar Pro 7+ (`.gp`, with Content/score.gpif) or compressed MusicXML (`.mxl`, with META-INF/container.xml). */
function zipFormat(bytes: Uint8Array): ScoreFormat | undefined {
  if (ascii(bytes, 0, 4) !== 'PK\u0003\u0004') return undefined;
  const head = ascii(bytes, 0, bytes.length);
  if (head.includes('Content/score.gpif') || head.includes('Content/')) return 'guitar-pro';
  if (head.includes('META-INF/container.xml')) return 'musicxml';
  return undefined;
}

/** Text: MusicXML (a score-partwise or score-timewise root) or alphaTex (its metadata or a bar of notes). */
function textFormat(bytes: Uint8Array): ScoreFormat | undefined {
  if (bytes.includes(0)) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '').trimStart();
  if (/<score-(partwise|timewise)[\s>]/.test(text)) return 'musicxml';
  if (text.startsWith('<')) return undefined;
  if (/^\\(title|subtitle|artist|album|words|music|copyright|tempo|track|staff|instrument|tuning|ts|ks|clef|capo)\b/m.test(text)) return 'alphatex';
  // A bare alphaTex body: notes like "0.6.4 3.5.4 |" or "C4 D4 |", then "." and the bars.
  if (/^[\s\S]{0,2000}\|/.test(text) && /(\d+\.\d+(\.\d+)?|[A-Ga-gr]\d?)(\s|\|)/.test(text)) return 'alphatex';
  return undefined;
}

/**
 * A score's format from its first bytes, not its name: Guitar Pro (3–5, GPX and 7+), MusicXML
 * (plain or compressed) or alphaTex text. Anything else is undefined, and refused.
 */
export function sniffScoreFormat(head: Uint8Array): ScoreFormat | undefined {
  if (isLegacyGuitarPro(head)) return 'guitar-pro';
  // Guitar Pro 6 (.gpx): its own compressed container, "BCFZ" or "BCFS".
  if (['BCFZ', 'BCFS'].includes(ascii(head, 0, 4))) return 'guitar-pro';
  return zipFormat(head) ?? textFormat(head);
}

/**
 * The stored score's format; a file no renderer can read is deleted and refused, so the lesson
 * keeps the score it had.
 */
export async function readScoreFormat(storage: MediaStorage, key: string): Promise<ScoreFormat> {
  const format = sniffScoreFormat(await storage.readRange(key, 0, SCORE_SNIFF_BYTES));
  if (format) return format;
  await storage.deleteObject(key);
  throw new BadRequestError('file: is not a score the player can read; upload Guitar Pro (.gp, .gpx, .gp3–.gp5), MusicXML (.musicxml, .mxl, .xml) or alphaTex', 'UnreadableScore');
}
