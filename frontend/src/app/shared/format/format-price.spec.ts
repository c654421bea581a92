import { CURRENCIES } from '@lessonstage/shared';

import { formatPrice } from './format-price';

describe('formatPrice', () => {
  it('formats minor units in the given currency', () => {
    expect(formatPrice(1999, 'USD')).toBe('$19.99');
    expect(formatPrice(2500, 'EUR')).toBe('€25.00');
    expect(formatPrice(1050, 'GBP')).toBe('£10.50');
  });

  it('adds the currency code when asked, never to "Free"', () => {
    expect(formatPrice(2900, 'USD', 'en-US', true)).toBe('$29.00 USD');
    expect(formatPrice(2500, 'EUR', 'en-US', true)).toBe('€25.00 EUR');
    expect(formatPrice(0, 'GBP', 'en-US', true)).toBe('Free');
  });

  it('says "Free" for a zero price', () => {
    expect(formatPrice(0, 'USD')).toBe('Free');
    expect(formatPrice(0, 'EUR')).toBe('Free');
  });

  it('groups thousands and keeps one-cent prices', () => {
    expect(formatPrice(123456, 'USD')).toBe('$1,234.56');
    expect(formatPrice(1, 'USD')).toBe('$0.01');
  });

  it('formats en-US exactly as Intl does', () => {
    for (const currency of CURRENCIES) {
      const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency });
      for (const cents of [1, 9, 10, 99, 100, 1999, 100000, 123456, 99999999, 123456789012]) {
        expect(formatPrice(cents, currency)).toBe(intl.format(cents / 100));
      }
    }
  });

  it('respects the locale', () => {
    expect(formatPrice(1999, 'EUR', 'de-DE')).toBe('19,99\u00a0€');
  });
});
