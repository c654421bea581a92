/** "1:05.3" for a loop mark (tenths matter when a passage is a second long); "–" when unset. */
export function formatClock(ms: number | null): string {
  if (ms === null) return '–';
  const tenths = Math.round(ms / 100);
  const minutes = Math.floor(tenths / 600);
  const seconds = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  return `${minutes}:${seconds}`;
}
