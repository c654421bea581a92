/** Seek previews: one 160x90 frame every 5 s, 25 to a 5x5 sprite sheet. */
export const THUMB = { width: 160, height: 90, everySec: 5, columns: 5, rows: 5 } as const;
const PER_SHEET = THUMB.columns * THUMB.rows;

/** A WebVTT timestamp, `hh:mm:ss.mmm`. */
export function vttClock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** How many sprite sheets a duration needs. */
export function spriteSheetCount(durationSec: number): number {
  return Math.max(1, Math.ceil(Math.ceil(durationSec / THUMB.everySec) / PER_SHEET));
}

/** The sheet's file name, as ffmpeg's image2 muxer writes it (`sprite-%03d.jpg`, from 1). */
export function spriteFileName(sheet: number): string {
  return `sprite-${String(sheet + 1).padStart(3, '0')}.jpg`;
}

/** The WebVTT index of the sprites, cues `sprite-001.jpg#xywh=x,y,w,h` relative to the .vtt. */
export function thumbnailsVtt(durationSec: number): string {
  const count = Math.max(1, Math.ceil(durationSec / THUMB.everySec));
  const cues: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = i * THUMB.everySec;
    const end = Math.min(durationSec, start + THUMB.everySec);
    const cell = i % PER_SHEET;
    const x = (cell % THUMB.columns) * THUMB.width;
    const y = Math.floor(cell / THUMB.columns) * THUMB.height;
    cues.push(`${vttClock(start)} --> ${vttClock(Math.max(end, start + 0.001))}\n${spriteFileName(Math.floor(i / PER_SHEET))}#xywh=${x},${y},${THUMB.width},${THUMB.height}`);
  }
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}
