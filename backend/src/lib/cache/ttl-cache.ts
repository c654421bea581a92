interface Entry<V> {
  /** Until when the value is fresh; after that it is served stale while one refresh runs. */
  freshUntil: number;
  value: Promise<V>;
  refreshing: boolean;
}

/**
 * A small in-memory read-through cache for data every caller sees alike (the public catalog).
 * A value is fresh for `ttlMs`; for one more `ttlMs` it is still served, stale, while a single
 * refresh runs in the background, so no caller waits on an expiry. Concurrent misses of one key
 * share one load; a failed load or refresh is not kept; the oldest entries go first once
 * `maxEntries` is reached. A TTL of 0 turns it off.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  read(key: string, load: () => Promise<V>): Promise<V> {
    if (this.ttlMs <= 0) return load();
    const now = this.now();
    const entry = this.entries.get(key);
    if (entry && now < entry.freshUntil) return entry.value;
    if (entry && now < entry.freshUntil + this.ttlMs) {
      if (!entry.refreshing) this.refresh(key, entry, load);
      return entry.value;
    }
    return this.store(key, load());
  }

  clear(): void {
    this.entries.clear();
  }

  private store(key: string, value: Promise<V>): Promise<V> {
    const entry: Entry<V> = { freshUntil: this.now() + this.ttlMs, value, refreshing: false };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  private refresh(key: string, entry: Entry<V>, load: () => Promise<V>): void {
    entry.refreshing = true;
    load().then(
      (value) => {
        // A clear() or a newer entry while loading wins over this refresh.
        if (this.entries.get(key) === entry) this.store(key, Promise.resolve(value));
      },
      () => {
        entry.refreshing = false;
      },
    );
  }
}
