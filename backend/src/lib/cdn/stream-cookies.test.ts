import { describe, expect, it } from 'vitest';
import { streamPolicy, streamPolicyResource } from './stream-cookies';

describe('stream cookie policy', () => {
  it('names the lesson folder as the viewer asks for it and as the /media-stripping edge function leaves it', () => {
    expect(streamPolicyResource('https://lessonstage.example', '/media/hls/c1/s1l1/')).toBe('https://lessonstage.example*/hls/c1/s1l1/*');
    // No known origin: any host of the distribution.
    expect(streamPolicyResource(undefined, '/media/hls/c1/s1l1/')).toBe('https://**/hls/c1/s1l1/*');
    // A prefix that is not under /media is kept whole.
    expect(streamPolicyResource('https://lessonstage.example', '/hls/c1/s1l1/')).toBe('https://lessonstage.example*/hls/c1/s1l1/*');
  });

  it('is one statement with the expiry in epoch seconds', () => {
    expect(JSON.parse(streamPolicy('https://x*/hls/c/l/*', new Date('2026-12-05T08:00:00.900Z')))).toEqual({
      Statement: [{ Resource: 'https://x*/hls/c/l/*', Condition: { DateLessThan: { 'AWS:EpochTime': 1796457600 } } }],
    });
  });
});
