import type { Instrument, Level } from '@lessonstage/shared';

export const INSTRUMENT_LABELS: Readonly<Record<Instrument, string>> = {
  guitar: 'Guitar',
  piano: 'Piano',
  drums: 'Drums',
  bass: 'Bass',
  voice: 'Voice',
  violin: 'Violin',
  ukulele: 'Ukulele',
  saxophone: 'Saxophone',
};

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** Display name of an instrument; falls back to the raw value for unknown ones. */
export function instrumentLabel(instrument: Instrument): string {
  return INSTRUMENT_LABELS[instrument] ?? instrument;
}

/** Display name of a level; falls back to the raw value for unknown ones. */
export function levelLabel(level: Level): string {
  return LEVEL_LABELS[level] ?? level;
}
