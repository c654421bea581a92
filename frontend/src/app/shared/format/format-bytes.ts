const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * 1536 → "1.5 KB", 16_000_000 → "15.3 MB", 150 MiB → "150 MB": binary units, one decimal below 100.
 * The one byte formatter of the app (the course editor and the player's materials list).
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) {
    const whole = Math.max(0, Math.round(Number.isFinite(bytes) ? bytes : 0));
    return whole === 1 ? '1 byte' : `${whole} bytes`;
  }
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${UNITS[unit]}`;
}
