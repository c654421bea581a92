import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { PricePipe } from './price.pipe';

describe('PricePipe', () => {
  function createPipe(locale = 'en-US'): PricePipe {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: locale }] });
    return TestBed.runInInjectionContext(() => new PricePipe());
  }

  it('turns cents into a currency amount', () => {
    expect(createPipe().transform(4999, 'USD')).toBe('$49.99');
  });

  it('shows "Free" for 0', () => {
    expect(createPipe().transform(0, 'GBP')).toBe('Free');
  });

  it('uses the app locale', () => {
    expect(createPipe('en-GB').transform(1000, 'GBP')).toBe('£10.00');
  });

  it('renders nothing for a missing price', () => {
    const pipe = createPipe();
    expect(pipe.transform(null, 'USD')).toBe('');
    expect(pipe.transform(undefined, 'USD')).toBe('');
  });
});
