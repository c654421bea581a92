import { TestBed } from '@angular/core/testing';

import { applyPlaybackSpeed, SavedPlaybackSpeed } from './playback-speed';

describe('playback speed', () => {
  afterEach(() => localStorage.clear());

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
    saved.set(1.25);
    expect(saved.get()).toBe(1.25);
    localStorage.setItem('lessonstage.playbackSpeed', '16');
    expect(saved.get()).toBe(1);
  });
});
