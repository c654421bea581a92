import { TestBed } from '@angular/core/testing';

import { stepSpeed } from '../speed-control/playback-speed';
import { ClickPlayer } from './metronome/click-player';
import { Metronome } from './metronome/metronome';
import { PracticeSession } from './practice-session.store';

describe('PracticeSession', () => {
  let session: PracticeSession;
  let video: HTMLVideoElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [PracticeSession, Metronome, ClickPlayer] });
    session = TestBed.inject(PracticeSession);
    video = document.createElement('video');
    Object.defineProperty(video, 'duration', { value: 12 });
    session.attach(video);
  });

  it('counts two quick speed steps before the page answers', () => {
    const sent: number[] = [];
    session.speedHandler = (speed) => sent.push(speed);
    session.setSpeed(stepSpeed(session.speed(), -1));
    session.setSpeed(stepSpeed(session.speed(), -1));
    expect(sent).toEqual([0.95, 0.9]);
  });

  it('starts looping when B closes the loop, and L turns it off and on from A', () => {
    video.currentTime = 1;
    session.setA();
    video.currentTime = 3;
    session.setB();
    expect(session.range()).toEqual({ startMs: 1000, endMs: 3000 });
    expect(session.looping()).toBe(true);
    session.toggleLooping();
    expect(session.looping()).toBe(false);
    video.currentTime = 8;
    session.toggleLooping();
    expect(session.looping()).toBe(true);
    expect(video.currentTime).toBe(1); // outside the loop: back to A
    session.clearLoop();
    expect([session.range(), session.looping()]).toEqual([null, false]);
  });

  it('seeks by 5 s within the video, and by bars once the lesson has a tempo', () => {
    video.currentTime = 10;
    session.seekBy(5);
    expect(video.currentTime).toBe(12);
    session.seekBar(-1); // no tempo: 5 s
    expect(video.currentTime).toBe(7);
  });
});
