import { describe, expect, it } from 'vitest';
import { CaptionFileError, readCaptionFile, type CaptionFormat } from './caption-file';

const enc = (text: string) => new TextEncoder().encode(text);

function problemOf(text: string | Uint8Array, format: CaptionFormat = 'vtt'): string {
  try {
    readCaptionFile(typeof text === 'string' ? enc(text) : text, format);
  } catch (error) {
    if (error instanceof CaptionFileError) return error.message;
    throw error;
  }
  throw new Error('the file was accepted');
}

const GOOD_VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHello\n\n00:00:05.000 --> 00:00:07.500 align:start\n<i>World</i>\n';

describe('WebVTT files', () => {
  it('accepts a valid file and keeps it, with LF line endings', () => {
    expect(readCaptionFile(enc(GOOD_VTT), 'vtt')).toBe(GOOD_VTT);
    expect(readCaptionFile(enc(GOOD_VTT.replace(/\n/g, '\r\n')), 'vtt')).toBe(GOOD_VTT);
  });

  it('accepts a byte order mark, short timings, cue names, notes and YouTube header lines', () => {
    const text = '\uFEFFWEBVTT - lesson 1\nKind: captions\nLanguage: en\n\nNOTE made by hand\n\nintro\n00:01.000 --> 00:04.000\nHi & bye <v Ana>la</v>\n';
    expect(readCaptionFile(enc(text), 'vtt')).toBe(text.slice(1));
  });

  it('accepts broken markup inside cue text, which browsers still show', () => {
    expect(() => readCaptionFile(enc('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<b>unclosed <font color=red>x\n'), 'vtt')).not.toThrow();
  });

  it.each([
    ['an empty file', '', 'line 1: expected the file to start with "WEBVTT"'],
    ['an SRT file named .vtt', '1\n00:00:01,000 --> 00:00:04,000\nHi\n', 'line 1: expected the file to start with "WEBVTT"'],
    ['WEBVTTX', 'WEBVTTX\n\n00:00:01.000 --> 00:00:04.000\nHi\n', 'line 1: expected the file to start with "WEBVTT"'],
    ['no cues', 'WEBVTT\n\n', 'line 3: expected at least one cue'],
    ['a comma decimal', 'WEBVTT\n\n00:00:01,000 --> 00:00:04.000\nHi\n', 'line 3: expected a cue timing like 00:00:01.000 --> 00:00:04.000 (no decimal separator'],
    ['a short arrow', 'WEBVTT\n\n1\n00:00:01.000 -> 00:00:04.000\nHi\n', 'line 4: expected a cue timing like 00:00:01.000 --> 00:00:04.000'],
    ['a lone cue name', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\nhello\n', 'line 6: expected a cue timing like 00:00:01.000 --> 00:00:04.000 on the next line'],
    ['two-digit milliseconds', 'WEBVTT\n\n00:00:01.00 --> 00:00:04.000\nHi\n', 'line 3: expected a cue timing like 00:00:01.000 --> 00:00:04.000 (milliseconds must be given in three digits)'],
    ['60 minutes', 'WEBVTT\n\n00:60:01.000 --> 01:00:04.000\nHi\n', 'line 3: expected a cue timing'],
    ['61 seconds', 'WEBVTT\n\n00:00:61.000 --> 00:01:04.000\nHi\n', 'line 3: expected a cue timing'],
    ['letters in a timestamp', 'WEBVTT\n\n00:0a:01.000 --> 00:00:04.000\nHi\n', 'line 3: expected a cue timing'],
    ['an end before the start', 'WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nHi\n', 'line 3: expected a cue timing like 00:00:01.000 --> 00:00:04.000 (end timestamp is not greater than start timestamp)'],
    ['cues out of order', 'WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nB\n\n00:00:01.000 --> 00:00:02.000\nA\n', 'line 6: expected a cue timing'],
    ['text after the end time', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000x\nHi\n', 'line 3: expected a cue timing'],
    ['an unknown setting value', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000 align:middle\nHi\n', 'line 3: expected a cue timing like 00:00:01.000 --> 00:00:04.000 (alignment can only be set to one of'],
    ['a missing blank line between cues', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\n00:00:03.000 --> 00:00:04.000\nB\n', 'line 5: blank line missing before cue'],
    ['a timing in a note', 'WEBVTT\n\nNOTE\n00:00:01.000 --> 00:00:02.000\n', 'line 4: cannot have timestamp in a comment'],
    ['a problem on line 14', `WEBVTT\n\nNOTE x\n\n${'00:00:01.000 --> 00:00:02.000\nok\n\n'.repeat(3)}00:00:05 --> 00:00:06.000\nbad\n`, 'line 14: expected a cue timing like 00:00:01.000 --> 00:00:04.000'],
  ])('refuses %s, naming the line', (_name, text, message) => {
    expect(problemOf(text)).toContain(message);
  });

  it('names the line of the first byte that is not UTF-8 (a Latin-1 file)', () => {
    const latin1 = Uint8Array.from([...enc('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaf'), 0xe9, 0x0a]);
    expect(problemOf(latin1)).toBe('file: line 4: this is not UTF-8 text; save the file as UTF-8 and upload it again');
  });

  it('refuses a UTF-16 file at line 1', () => {
    expect(problemOf(Uint8Array.from([0xff, 0xfe, 0x57, 0x00]))).toMatch(/^file: line 1: /);
  });

  it('carries the line in the error for the API body', () => {
    try {
      readCaptionFile(enc('WEBVTT\n\nbad\n'), 'vtt');
    } catch (error) {
      expect(error).toMatchObject({ status: 400, code: 'InvalidCaptions', details: { line: 3 } });
    }
    expect.assertions(1);
  });
});

describe('SRT files', () => {
  const SRT = '1\r\n00:00:01,000 --> 00:00:04,000\r\nHello <font color="#fff">there</font>\r\n\r\n2\r\n0:00:05,250 --> 0:00:07,000 X1:10 X2:20 Y1:1 Y2:2\r\n<i>a < b & c</i>\r\n';

  it('are converted to WebVTT: dot decimals, two-digit hours, <font> dropped, markup escaped', () => {
    expect(readCaptionFile(enc(`\uFEFF${SRT}`), 'srt')).toBe(
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nHello there\n\n2\n00:00:05.250 --> 00:00:07.000\n<i>a &lt; b &amp; c</i>\n',
    );
  });

  it.each([
    ['a short arrow', '1\n00:00:01,000 -> 00:00:04,000\nHi\n', 'line 2: expected a cue timing like 00:00:01,000 --> 00:00:04,000'],
    ['missing milliseconds', '1\n00:00:01 --> 00:00:04,000\nHi\n', 'line 2: expected a cue timing like 00:00:01,000 --> 00:00:04,000 (the milliseconds are missing)'],
    ['two-digit milliseconds', '1\n00:00:01,00 --> 00:00:04,000\nHi\n', 'line 2: expected a cue timing like 00:00:01,000 --> 00:00:04,000'],
    ['an end before the start', '1\n00:00:01,000 --> 00:00:04,000\nA\n\n2\n00:00:09,000 --> 00:00:08,000\nB\n', 'line 6: expected a cue timing like 00:00:01,000 --> 00:00:04,000 (end timestamp'],
    ['a missing blank line', '1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:03,000 --> 00:00:04,000\nB\n', 'line 5: blank line missing before cue'],
    ['a number without a timing', '1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n', 'line 5: expected a cue timing like 00:00:01,000 --> 00:00:04,000 on the next line'],
    ['no cues', '\n\n', 'expected at least one cue'],
    ['a WebVTT file named .srt (checked as WebVTT) with a bad timing', 'WEBVTT\n\n00:00:01 --> 00:00:02.000\nHi\n', 'line 3: expected a cue timing'],
  ])('refuse %s, naming the line of the SRT file', (_name, text, message) => {
    expect(problemOf(text, 'srt')).toContain(message);
  });

  it('read as WebVTT when they are WebVTT', () => {
    expect(readCaptionFile(enc(GOOD_VTT), 'srt')).toBe(GOOD_VTT);
  });

  it('names the line of bytes that are not UTF-8', () => {
    expect(problemOf(Uint8Array.from([...enc('1\n00:00:01,000 --> 00:00:02,000\n'), 0xc3, 0x28, 0x0a]), 'srt')).toMatch(/^file: line 3: this is not UTF-8/);
  });
});
