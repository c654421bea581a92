import { HIDDEN_GRACE_MS, PlayClock } from './play-clock';

describe('PlayClock', () => {
  let now: number;
  let clock: PlayClock;
  const advance = (ms: number) => (now += ms);

  beforeEach(() => {
    now = 1_000_000;
    clock = new PlayClock(() => now);
  });

  it('counts only while playing', () => {
    advance(5000);
    expect(clock.playedMs()).toBe(0);
    clock.play();
    advance(3000);
    clock.pause();
    advance(10_000);
    clock.play();
    advance(1500);
    expect(clock.playedMs()).toBe(4500);
  });

  it('counts a hidden tab for its first minute only, and again once shown', () => {
    clock.play();
    advance(1000);
    clock.hide();
    advance(HIDDEN_GRACE_MS - 1);
    expect(clock.counting()).toBe(true);
    advance(10 * 60_000);
    expect(clock.counting()).toBe(false);
    expect(clock.playedMs()).toBe(1000 + HIDDEN_GRACE_MS);
    clock.show();
    advance(2000);
    expect(clock.playedMs()).toBe(3000 + HIDDEN_GRACE_MS);
  });

  it('does not start counting when play starts in a tab hidden for over a minute', () => {
    clock.hide();
    advance(HIDDEN_GRACE_MS + 1);
    clock.play();
    advance(5000);
    expect(clock.playedMs()).toBe(0);
  });

  it('takes whole seconds and keeps the rest', () => {
    clock.play();
    advance(2700);
    expect(clock.takeSeconds()).toBe(2);
    advance(400);
    expect(clock.takeSeconds()).toBe(1);
    expect(clock.playedMs()).toBe(100);
  });
});
