import { FormControl } from '@angular/forms';

import { centsToPrice, priceToCents, priceValidator } from './price-field';

describe('price', () => {
  it.each([
    ['29.99', 2999],
    ['29.9', 2990],
    ['29', 2900],
    [' 0 ', 0],
    ['0.05', 5],
    ['12,50', 1250],
    ['100000', 10_000_000],
  ])('reads "%s" as %d cents', (text, cents) => {
    expect(priceToCents(text)).toBe(cents);
  });

  it.each(['', 'abc', '-1', '1.999', '1.', '.5', '1e3', '$5'])('refuses "%s"', (text) => {
    expect(priceToCents(text)).toBeNull();
  });

  it('writes cents as a price with two decimals', () => {
    expect(centsToPrice(2999)).toBe('29.99');
    expect(centsToPrice(3900)).toBe('39.00');
    expect(centsToPrice(5)).toBe('0.05');
    expect(centsToPrice(0)).toBe('0.00');
  });

  it('validates the field', () => {
    const check = (value: string) => priceValidator(new FormControl(value, { nonNullable: true }));
    expect(check('')).toBeNull();
    expect(check('19.99')).toBeNull();
    expect(check('19.999')).toEqual({ price: true });
    expect(check('100000')).toBeNull();
    expect(check('100000.01')).toEqual({ maxPrice: { max: 100000 } });
  });
});
