import { TestBed } from '@angular/core/testing';

import { applyPlaybackSpeed, formatSpeed, PLAYBACK_SPEEDS, SavedPlaybackSpeed, snapSpeed, stepSpeed } from './playback-speed';

describe('playback speed', () => {
  afterEach(() => localStorage.clear());

  it('offers 0.25× to 1.5× in 5 % steps, as exact two-decimal numbers', () => {
    expect(PLAYBACK_SPEEDS).toHaveLength(26);
    expect(PLAYBACK_SPEEDS[0]).toBe(0.25);
    expect(PLAYBACK_SPEEDS.at(-1)).toBe(1.5);
    expect(PLAYBACK_SPEEDS).toContain(0.85);
    expect(PLAYBACK_SPEEDS).toContain(0.35);
  });

  it('steps by 5 % within the range and snaps odd values', () => {
    expect(stepSpeed(1, -1)).toBe(0.95);
    expect(stepSpeed(0.8, 1)).toBe(0.85);
    expect(stepSpeed(0.25, -1)).toBe(0.25);
    expect(stepSpeed(1.5, 2)).toBe(1.5);
    expect(snapSpeed(0.72)).toBe(0.7);
    expect(snapSpeed(0.1)).toBe(0.25);
    expect(snapSpeed(Number.NaN)).toBe(1);
    expect(formatSpeed(0.85)).toBe('0.85×');
    expect(formatSpeed(1)).toBe('1×');
  });

  it('sets the rate, the default rate (kept across a new source) and pitch preservation', () => {
    const video = document.createElement('video');
    applyPlaybackSpeed(video, 0.75);
    expect(video.playbackRate).toBe(0.75);
    expect(video.defaultPlaybackRate).toBe(0.75);
    expect(video.preservesPitch).toBe(true);
  });

  it('remembers the chosen speed, accepting only offered speeds', () => {
    const saved = TestBed.inject(SavedPlaybackSpeed);
    expect(saved.get()).toBe(1);
    saved.set(0.35);
    expect(saved.get()).toBe(0.35);
    localStorage.setItem('lessonstage.playbackSpeed', '16');
    expect(saved.get()).toBe(1);
    localStorage.setItem('lessonstage.playbackSpeed', '0.72');
    expect(saved.get()).toBe(1);
  });
});
