import { TestBed } from '@angular/core/testing';

import { BrowserLocation } from './browser-location';

describe('BrowserLocation', () => {
  let location: BrowserLocation;

  beforeEach(() => {
    location = TestBed.inject(BrowserLocation);
  });

  afterEach(() => vi.restoreAllMocks());

  it('refuses to leave for anything but an http(s) URL', () => {
    expect(() => location.assign('javascript:alert(1)')).toThrow(/javascript:/);
    expect(() => location.assign('data:text/html,hi')).toThrow(/data:/);
  });

  it('downloads through a temporary <a download> link', () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    location.download('/storage/tab.pdf?sig=1', 'tab.pdf');

    expect(clicked).toHaveLength(1);
    expect(clicked[0].getAttribute('href')).toBe('/storage/tab.pdf?sig=1');
    expect(clicked[0].download).toBe('tab.pdf');
    expect(clicked[0].isConnected).toBe(false);
  });
});
