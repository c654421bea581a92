import webvtt, { type WebVTTParseError } from 'webvtt-parser';

export interface CaptionProblem {
  /** 1-based line of the checked text. */
  readonly line: number;
  readonly message: string;
}

/** What a timing line looks like in the teacher's own format, for messages. */
export type TimingExample = '00:00:01.000 --> 00:00:04.000' | '00:00:01,000 --> 00:00:04,000';

/**
 * Header lines after WEBVTT ("Kind: captions", "Language: en", as YouTube writes them) are
 * refused by the W3C parser but read by every browser, so they pass.
 */
const TOLERATED = new Set(['No blank line after the signature.']);
const SIGNATURE = 'No valid signature. (File needs to start with "WEBVTT".)';
const STANDALONE_ID = 'Cue identifier cannot be standalone.';
const MISSING_TIMING = 'Cue identifier needs to be followed by timestamp.';
const NOT_TIMING_MESSAGES = new Set(['Cannot have timestamp in a comment.', 'Cannot have timestamp in a style block.', 'Style blocks cannot appear after the first cue.', 'Blank line missing before cue.']);

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

/** The parser's words, said as what the teacher should write instead. */
function explain(error: WebVTTParseError, example: TimingExample): CaptionProblem {
  const timing = `expected a cue timing like ${example}`;
  if (error.message === SIGNATURE) return { line: 1, message: 'expected the file to start with "WEBVTT"' };
  // The parser reports a lone identifier at the line after it (blank or past the end).
  if (error.message === STANDALONE_ID) return { line: Math.max(1, error.line - 1), message: `${timing} on the next line (a cue is an optional name, a timing line, then its text)` };
  if (error.message === MISSING_TIMING) return { line: error.line, message: timing };
  if (NOT_TIMING_MESSAGES.has(error.message)) return { line: error.line, message: lowerFirst(error.message) };
  // In an SRT file the separator is a comma: the parser's "." would only confuse.
  const srtMillis = example.includes(',') && error.message.startsWith('No decimal separator');
  return { line: error.line, message: `${timing} (${srtMillis ? 'the milliseconds are missing' : lowerFirst(error.message)})` };
}

/**
 * The first problem of a WebVTT text, or undefined when browsers will show it as meant. Checked
 * with the W3C's parser; markup inside cue text is not checked (browsers show the text whatever
 * its tags), timings, settings and structure are. Later problems often follow from the first.
 */
export function firstWebVttProblem(text: string, example: TimingExample = '00:00:01.000 --> 00:00:04.000'): CaptionProblem | undefined {
  // "metadata" mode skips the cue-text markup checks (and only those).
  const { cues, errors } = new webvtt.WebVTTParser().parse(text, 'metadata');
  const first = errors.filter((error) => !TOLERATED.has(error.message)).sort((a, b) => a.line - b.line)[0];
  if (first) return explain(first, example);
  if (cues.length === 0) {
    const lines = text.split(/\r\n|\r|\n/).length;
    return { line: lines, message: `expected at least one cue (a timing line like ${example}, then its text)` };
  }
  return undefined;
}
