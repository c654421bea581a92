import { TestBed } from '@angular/core/testing';

import { OutputOffset, outputOffsetFromTaps } from './output-offset';

describe('output offset', () => {
  afterEach(() => localStorage.clear());

  const clicks = [1, 1.6, 2.2, 2.8, 3.4, 4, 4.6, 5.2];

  it('is the median lateness of taps against their nearest click', () => {
    const taps = [1.05, 1.64, 2.26, 2.84, 3.45, 4.05, 4.65, 5.24];
    expect(outputOffsetFromTaps(taps, clicks)).toBe(50);
  });

  it('ignores stray taps and needs four good ones', () => {
    expect(outputOffsetFromTaps([1.03, 1.63, 1.9, 2.23, 2.83], clicks)).toBe(30);
    expect(outputOffsetFromTaps([1.03, 1.63, 2.23], clicks)).toBeNull();
  });

  it('never goes below zero (early taps mean the clicks are on time)', () => {
    expect(outputOffsetFromTaps([0.98, 1.58, 2.18, 2.78], clicks)).toBe(0);
  });

  it('remembers the measured offset, refusing nonsense', () => {
    TestBed.inject(OutputOffset).set(42);
    TestBed.resetTestingModule();
    expect(TestBed.inject(OutputOffset).ms()).toBe(42);
    localStorage.setItem('lessonstage.audioOutputOffsetMs', '9000');
    TestBed.resetTestingModule();
    expect(TestBed.inject(OutputOffset).ms()).toBe(0);
  });
});
