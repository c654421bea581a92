import { HttpError } from '../lib/http/http-errors';
import { SRT_LINE_OFFSET, srtToVtt } from './srt-to-vtt';
import { firstWebVttProblem } from './webvtt-check';

export type CaptionFormat = 'vtt' | 'srt';

/** A captions file that cannot be used, naming the line of the teacher's file that is wrong. */
export class CaptionFileError extends HttpError {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(400, `file: line ${line}: ${problem}`, 'InvalidCaptions', {}, { line });
  }
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split(/\r\n|\r|\n/).length;
}

/** UTF-8 text without its byte order mark; otherwise the line of the first byte that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    throw new CaptionFileError(lineAt(lossy, lossy.indexOf('\uFFFD')), 'this is not UTF-8 text; save the file as UTF-8 and upload it again');
  }
}

/**
 * Reads an uploaded captions file (WebVTT, or SRT converted to WebVTT) and answers the WebVTT to
 * store; refuses it with the line that is wrong. Line numbers are those of the uploaded file.
 */
export function readCaptionFile(bytes: Uint8Array, format: CaptionFormat): string {
  const text = decodeUtf8(bytes);
  // A WebVTT file picked as SRT (or named .srt) is read as what it is.
  if (format === 'vtt' || /^WEBVTT(?:[ \t\r\n]|$)/.test(text)) {
    const problem = firstWebVttProblem(text);
    if (problem) throw new CaptionFileError(problem.line, problem.message);
    return text.replace(/\r\n|\r/g, '\n');
  }
  const vtt = srtToVtt(text);
  const problem = firstWebVttProblem(vtt, '00:00:01,000 --> 00:00:04,000');
  if (problem) throw new CaptionFileError(Math.max(1, problem.line - SRT_LINE_OFFSET), problem.message);
  return vtt;
}
