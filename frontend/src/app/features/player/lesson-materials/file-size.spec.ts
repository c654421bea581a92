import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('picks a readable unit', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(2_400_000)).toBe('2.3 MB');
    expect(formatFileSize(52_428_800)).toBe('50 MB');
    expect(formatFileSize(3 * 1024 ** 3)).toBe('3 GB');
  });
});
