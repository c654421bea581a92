/**
 * A small in-memory read-through cache for data every caller sees alike (the public catalog).
 * Entries live `ttlMs`; concurrent misses of one key share one load; a failed load is not kept;
 * the oldest entries go first once `maxEntries` is reached. A TTL of 0 turns it off.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { readonly expires: number; readonly value: Promise<V> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  read(key: string, load: () => Promise<V>): Promise<V> {
    if (this.ttlMs <= 0) return load();
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { expires: this.now() + this.ttlMs, value });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
