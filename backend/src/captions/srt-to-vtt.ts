/**
 * SubRip (SRT) to WebVTT, line for line: SRT's numbered cues are valid WebVTT cue identifiers,
 * so only the timings (comma decimals, one-digit hours) and the markup WebVTT lacks change. Line
 * N of the SRT file is line N + SRT_LINE_OFFSET of the result, so a problem the WebVTT check
 * finds can be named by the line the teacher sees in their own file.
 */
export const SRT_LINE_OFFSET = 2;

const SRT_TIMING = /^\s*(\d{1,3}):(\d{2}):(\d{2})[,.](\d{3})\s*-->\s*(\d{1,3}):(\d{2}):(\d{2})[,.](\d{3})(?:\s+.*)?$/;
/** SRT's own markup: <b>, <i>, <u> (WebVTT has them too) and <font …>, which WebVTT has not. */
const FONT_TAG = /<\/?font(?:\s[^>]*)?>/gi;
const KEPT_TAG = /^<\/?[biu]>/i;

function timestamp(hours: string, minutes: string, seconds: string, millis: string): string {
  return `${hours.padStart(2, '0')}:${minutes}:${seconds}.${millis}`;
}

/** Escapes what WebVTT would read as markup or entities, keeping <b>, <i> and <u>. */
function cueText(line: string): string {
  const withoutFonts = line.replace(FONT_TAG, '');
  let out = '';
  for (let i = 0; i < withoutFonts.length; i++) {
    const char = withoutFonts[i]!;
    if (char === '<') {
      const tag = KEPT_TAG.exec(withoutFonts.slice(i));
      if (tag) {
        out += tag[0].toLowerCase();
        i += tag[0].length - 1;
        continue;
      }
      out += '&lt;';
    } else if (char === '&') out += '&amp;';
    else if (char === '>') out += '&gt;';
    else out += char;
  }
  return out;
}

/** Converts SRT text (already decoded, any line endings) to WebVTT; timings it cannot read stay as they are, for the check to name. */
export function srtToVtt(srt: string): string {
  const lines = srt.split(/\r\n|\r|\n/).map((line) => {
    const timing = SRT_TIMING.exec(line);
    if (timing) {
      const [, h1, m1, s1, ms1, h2, m2, s2, ms2] = timing as unknown as string[];
      // Anything after the end time (SRT's X1:… Y2:… box) has no WebVTT meaning and is dropped.
      return `${timestamp(h1!, m1!, s1!, ms1!)} --> ${timestamp(h2!, m2!, s2!, ms2!)}`;
    }
    return line.includes('-->') || /^\d+$/.test(line.trim()) ? line : cueText(line);
  });
  return ['WEBVTT', '', ...lines].join('\n');
}
