import type { ClickGroup } from '../click-player';

export interface BookedClick {
  readonly at: number;
  readonly accent: boolean;
  readonly group: ClickGroup;
}

/**
 * Stands in for ClickPlayer in unit tests: an audio clock the test moves (`time`) and the clicks
 * booked on it; a cancel drops the group's clicks not yet heard, as the real one silences them.
 */
export class FakeClickPlayer {
  time = 0;
  /** False plays a browser without Web Audio. */
  hasAudio = true;
  booked: BookedClick[] = [];

  audio(): AudioContext | null {
    return this.hasAudio ? ({ currentTime: this.time } as AudioContext) : null;
  }

  now(): number {
    return this.time;
  }

  click(at: number, accent: boolean, group: ClickGroup = 'metronome'): void {
    this.booked.push({ at, accent, group });
  }

  cancel(group?: ClickGroup): void {
    this.booked = this.booked.filter((click) => (group && click.group !== group) || click.at <= this.time);
  }
}
