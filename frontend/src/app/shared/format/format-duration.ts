function pad2(value: number): string {
  return value.toString().padStart(2, '0');
}

function split(totalSeconds: number): { hours: number; minutes: number; seconds: number } {
  const safe = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.round(totalSeconds) : 0;
  return {
    hours: Math.floor(safe / 3600),
    minutes: Math.floor((safe % 3600) / 60),
    seconds: safe % 60,
  };
}

/** 307 → "05:07"; 3725 → "1:02:05". Negative or invalid input counts as 0. */
export function formatDuration(totalSeconds: number): string {
  const { hours, minutes, seconds } = split(totalSeconds);
  return hours > 0
    ? `${hours}:${pad2(minutes)}:${pad2(seconds)}`
    : `${pad2(minutes)}:${pad2(seconds)}`;
}

/** 3725 → "PT1H2M5S", for `<time datetime>`. */
export function toIsoDuration(totalSeconds: number): string {
  const { hours, minutes, seconds } = split(totalSeconds);
  let parts = '';
  if (hours) parts += `${hours}H`;
  if (minutes) parts += `${minutes}M`;
  if (seconds || parts === '') parts += `${seconds}S`;
  return `PT${parts}`;
}

/** A duration as people say it (practice time): "45 s" under a minute, "25 min", "1 h 5 min" from an hour on. */
export function formatDurationWords(seconds: number): string {
  const safe = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  if (safe < 60) return `${safe} s`;
  const minutes = Math.floor(safe / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest ? `${Math.floor(minutes / 60)} h ${rest} min` : `${Math.floor(minutes / 60)} h`;
}
