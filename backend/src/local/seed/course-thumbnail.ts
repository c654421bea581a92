import type { Instrument } from '@lessonstage/shared';

const PALETTE: Record<Instrument, readonly [string, string]> = {
  guitar: ['#6a1b9a', '#ab47bc'],
  piano: ['#0d47a1', '#42a5f5'],
  drums: ['#b71c1c', '#ef5350'],
  bass: ['#004d40', '#26a69a'],
  voice: ['#bf360c', '#ff7043'],
  violin: ['#3e2723', '#8d6e63'],
  ukulele: ['#1b5e20', '#66bb6a'],
  saxophone: ['#e65100', '#ffb300'],
};

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Splits a title into at most three lines of about `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, 3);
}

/** A 16:9 SVG cover for a demo course: made at seed time, so the repository ships no images. */
export function courseThumbnailSvg(title: string, instrument: Instrument): string {
  const [dark, light] = PALETTE[instrument];
  const lines = wrap(title, 19)
    .map((line, i) => `<text x="40" y="${145 + i * 48}" font-size="40" font-weight="700">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>
<rect width="640" height="360" fill="url(#g)"/>
<g fill="none" stroke="#fff" stroke-opacity="0.18" stroke-width="3">${[0, 1, 2, 3, 4].map((i) => `<path d="M0 ${250 + i * 16} C160 ${220 + i * 16} 480 ${300 + i * 16} 640 ${260 + i * 16}"/>`).join('')}</g>
<g fill="#fff" font-family="DejaVu Sans, Arial, sans-serif">
<text x="40" y="72" font-size="24" letter-spacing="4" fill-opacity="0.85">${escapeXml(instrument.toUpperCase())}</text>${lines}
</g></svg>`;
}
