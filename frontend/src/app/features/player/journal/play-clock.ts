/** Playing in a hidden tab counts for this long (listening along), then no more until it is shown. */
export const HIDDEN_GRACE_MS = 60_000;

/**
 * Milliseconds actually played: counts while playing, not while paused, and in a hidden tab only
 * for its first HIDDEN_GRACE_MS. Worked out from timestamps, not timers, because browsers
 * throttle timers in background tabs.
 */
export class PlayClock {
  private playing = false;
  private hiddenAt: number | null = null;
  private countingSince: number | null = null;
  private played = 0;

  constructor(private readonly now: () => number = Date.now) {}

  play(): void {
    const now = this.settle();
    this.playing = true;
    if (this.countingSince === null && this.mayCount(now)) this.countingSince = now;
  }

  pause(): void {
    this.settle();
    this.playing = false;
    this.countingSince = null;
  }

  hide(): void {
    this.settle();
    this.hiddenAt ??= this.now();
  }

  show(): void {
    const now = this.settle();
    this.hiddenAt = null;
    if (this.playing && this.countingSince === null) this.countingSince = now;
  }

  /** Whether time is being counted right now. */
  counting(): boolean {
    this.settle();
    return this.countingSince !== null;
  }

  /** Played milliseconds not yet taken. */
  playedMs(): number {
    this.settle();
    return this.played;
  }

  /** Takes the whole seconds played so far (the rest stays for the next take). */
  takeSeconds(): number {
    const seconds = Math.floor(this.playedMs() / 1000);
    this.played -= seconds * 1000;
    return seconds;
  }

  private mayCount(now: number): boolean {
    return this.hiddenAt === null || now < this.hiddenAt + HIDDEN_GRACE_MS;
  }

  /** Moves the running stretch into `played`, cut at the hidden tab's grace; returns now. */
  private settle(): number {
    const now = this.now();
    if (this.countingSince === null) return now;
    const end = this.hiddenAt === null ? now : Math.min(now, Math.max(this.countingSince, this.hiddenAt + HIDDEN_GRACE_MS));
    this.played += end - this.countingSince;
    this.countingSince = this.mayCount(now) ? now : null;
    return now;
  }
}
