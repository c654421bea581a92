import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [1_572_864, '1.5 MB'],
    [2_400_000, '2.3 MB'],
    [16_000_000, '15.3 MB'],
    [30 * 1024 ** 2, '30 MB'],
    [150.4 * 1024 ** 2, '150 MB'],
    [5 * 1024 ** 3, '5 GB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('treats nonsense as 0', () => {
    expect(formatBytes(Number.NaN)).toBe('0 bytes');
    expect(formatBytes(-5)).toBe('0 bytes');
  });
});
