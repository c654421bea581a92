import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TtlCache', () => {
  it('answers from memory while fresh, then stale while one refresh runs, then loads again', async () => {
    const time = clock();
    const cache = new TtlCache<number>(5_000, 10, time.now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.read('k', load)).toBe(1);
    time.advance(4_999);
    expect(await cache.read('k', load)).toBe(1);
    time.advance(1);
    // Expired: the caller gets the stale value at once; one refresh starts behind it.
    const [first, second] = [cache.read('k', load), cache.read('k', load)];
    expect(loads).toBe(2);
    expect([await first, await second]).toEqual([1, 1]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.read('k', load)).toBe(2);
    // Past twice the TTL nothing stale is served: the caller waits for a load.
    time.advance(10_000);
    expect(await cache.read('k', load)).toBe(3);
  });

  it('keeps serving the stale value when a refresh fails, and tries again', async () => {
    const time = clock();
    const cache = new TtlCache<string>(5_000, 10, time.now);
    await cache.read('k', async () => 'v1');
    time.advance(6_000);
    const failing = () => Promise.reject(new Error('down'));
    expect(await cache.read('k', failing)).toBe('v1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.read('k', async () => 'v2')).toBe('v1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.read('k', failing)).toBe('v2');
  });

  it('shares one load between concurrent misses of a key', async () => {
    const cache = new TtlCache<string>(5_000);
    let loads = 0;
    const load = () => new Promise<string>((resolve) => setTimeout(() => resolve(`v${++loads}`), 5));
    expect(await Promise.all([cache.read('k', load), cache.read('k', load), cache.read('k', load)])).toEqual(['v1', 'v1', 'v1']);
    expect(loads).toBe(1);
  });

  it('does not keep a failed load', async () => {
    const cache = new TtlCache<string>(5_000);
    await expect(cache.read('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.read('k', async () => 'up')).toBe('up');
  });

  it('forgets everything on clear, and the oldest entry beyond its size', async () => {
    const cache = new TtlCache<string>(5_000, 2);
    await cache.read('a', async () => 'a1');
    await cache.read('b', async () => 'b1');
    await cache.read('c', async () => 'c1');
    expect(await cache.read('a', async () => 'a2')).toBe('a2');
    expect(await cache.read('c', async () => 'c2')).toBe('c1');
    cache.clear();
    expect(await cache.read('c', async () => 'c3')).toBe('c3');
  });

  it('is off with a TTL of 0', async () => {
    const cache = new TtlCache<number>(0);
    let loads = 0;
    await cache.read('k', async () => ++loads);
    expect(await cache.read('k', async () => ++loads)).toBe(2);
  });
});
