import { formatAverage, ratingLabel, starFills } from './rating-label';

describe('rating labels', () => {
  it('reads as a phrase, with one decimal and the count in words', () => {
    expect(ratingLabel({ average: 4.5, count: 12 })).toBe('4.5 out of 5, 12 reviews');
    expect(ratingLabel({ average: 4.67, count: 3 })).toBe('4.7 out of 5, 3 reviews');
    expect(ratingLabel({ average: 5, count: 1 })).toBe('5 out of 5, 1 review');
    expect(ratingLabel({ average: 0, count: 0 })).toBe('No reviews yet');
    expect(formatAverage(3.96)).toBe('4');
  });

  it('fills stars to the nearest tenth', () => {
    expect(starFills(4.5)).toEqual([1, 1, 1, 1, 0.5]);
    expect(starFills(0)).toEqual([0, 0, 0, 0, 0]);
    expect(starFills(2.04).map((f) => Math.round(f * 10) / 10)).toEqual([1, 1, 0, 0, 0]);
    expect(starFills(9)).toEqual([1, 1, 1, 1, 1]);
  });
});
