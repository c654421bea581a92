import { baseContentType, takeProblem } from './take-check';

describe('takeProblem', () => {
  it('accepts a video of up to 500 MB and 10 minutes', () => {
    expect(takeProblem({ type: 'video/webm', size: 500 * 1024 ** 2 }, 600)).toBeNull();
  });

  it('refuses other files, larger ones, longer ones and ones whose length cannot be read', () => {
    expect(takeProblem({ type: 'application/pdf', size: 10 }, 5)).toMatch(/video file/);
    expect(takeProblem({ type: 'video/mp4', size: 500 * 1024 ** 2 + 1 }, 5)).toMatch(/500 MB/);
    expect(takeProblem({ type: 'video/mp4', size: 10 }, 600.5)).toMatch(/10 minutes/);
    expect(takeProblem({ type: 'video/mp4', size: 10 }, undefined)).toMatch(/length/);
  });

  it("names a recorder's type without its codecs", () => {
    expect(baseContentType('video/webm;codecs=vp8,opus')).toBe('video/webm');
  });
});
