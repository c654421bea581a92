import { hzOf, nearestString, noteLabel, noteOf, TUNINGS } from './pitch-note';

describe('pitch to note', () => {
  it('names A4 at 440 Hz in tune, and cents either side', () => {
    expect(noteOf(440)).toEqual({ name: 'A', octave: 4, midi: 69, cents: 0 });
    expect(noteOf(442)).toMatchObject({ name: 'A', cents: 8 });
    expect(noteOf(436)).toMatchObject({ name: 'A', cents: -16 });
    expect(noteOf(82.41)).toMatchObject({ name: 'E', octave: 2, cents: 0 });
    expect(noteOf(277.18)).toMatchObject({ name: 'C♯', octave: 4, cents: 0 });
  });

  it('follows the A4 reference', () => {
    expect(noteOf(415, 415)).toMatchObject({ name: 'A', octave: 4, cents: 0 });
    expect(noteOf(440, 415)).toMatchObject({ name: 'A♯', octave: 4, cents: 1 });
    expect(hzOf(69, 432)).toBe(432);
    expect(hzOf(57)).toBe(220);
  });

  it('refuses silence and nonsense', () => {
    expect(noteOf(0)).toBeNull();
    expect(noteOf(Number.NaN)).toBeNull();
  });

  it('labels strings and finds the nearest one', () => {
    const guitar = TUNINGS.find((t) => t.instrument === 'Guitar')!.strings;
    expect(guitar.map(noteLabel)).toEqual(['E2', 'A2', 'D3', 'G3', 'B3', 'E4']);
    expect(nearestString(108, guitar)).toBe(45);
    expect(nearestString(330, guitar)).toBe(64);
  });
});
