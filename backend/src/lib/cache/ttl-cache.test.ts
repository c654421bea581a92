import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TtlCache', () => {
  it('answers from memory until the entry expires, then loads again', async () => {
    const time = clock();
    const cache = new TtlCache<number>(5_000, 10, time.now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.read('k', load)).toBe(1);
    time.advance(4_999);
    expect(await cache.read('k', load)).toBe(1);
    time.advance(1);
    expect(await cache.read('k', load)).toBe(2);
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
