import { DurationPipe } from './duration.pipe';

describe('DurationPipe', () => {
  const pipe = new DurationPipe();

  it('formats seconds as mm:ss under an hour', () => {
    expect(pipe.transform(427)).toBe('07:07');
  });

  it('formats seconds as h:mm:ss from an hour', () => {
    expect(pipe.transform(5400)).toBe('1:30:00');
  });

  it('renders nothing for a missing value', () => {
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform(undefined)).toBe('');
  });
});
