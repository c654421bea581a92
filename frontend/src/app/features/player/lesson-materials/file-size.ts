const UNITS = ['KB', 'MB', 'GB'] as const;

/** 512 → "512 bytes", 1_536 → "1.5 KB", 2_400_000 → "2.3 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) {
    return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  }
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${UNITS[unit]}`;
}
