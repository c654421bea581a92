import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PracticeSession } from '@lessonstage/shared';
import { MAX_PRACTICE_SESSIONS_PER_REQUEST } from '@lessonstage/shared/practice-rules';
import { firstValueFrom } from 'rxjs';

import { AuthStore } from '../auth/auth.store';
import { PracticeJournalApi } from './practice-journal.api';

const KEY_PREFIX = 'lessonstage.practice-outbox.';
/** Sessions kept unsent at most (oldest dropped first): a month offline at a minute a batch is far less. */
export const MAX_KEPT_SESSIONS = 2000;
/** A keepalive request's body is capped at 64 KiB by browsers: a few sessions fit well under it. */
export const KEEPALIVE_SESSIONS = 10;
/** 409 `SessionInProgress`: another request (often our own keepalive one) is counting a session. */
export const CONFLICT_RETRIES = 3;
export const CONFLICT_RETRY_MS = 1000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `dropped`: refused sessions removed, the rest go on at once; `retry`: the same batch, after a wait. */
type Outcome = 'sent' | 'dropped' | 'keep' | 'retry';

/**
 * Practice sessions not yet accepted by the API, kept in localStorage per user so that nothing is
 * lost offline, on an error or when the page closes mid-request; sent again later (the API counts
 * a `sessionId` once, so a repeat is harmless). Sends run one at a time.
 */
@Injectable({ providedIn: 'root' })
export class PracticeOutbox {
  private readonly api = inject(PracticeJournalApi);
  private readonly auth = inject(AuthStore);
  private readonly inFlight = new Set<string>();
  private running: Promise<void> = Promise.resolve();
  /** Used when localStorage is unavailable (private mode, quota). */
  private readonly memory = new Map<string, PracticeSession[]>();

  /** Sessions waiting to be sent for the signed-in user. */
  pending(): PracticeSession[] {
    const key = this.key();
    return key ? this.read(key) : [];
  }

  /** Keeps a session until the API has it. */
  add(session: PracticeSession): void {
    const key = this.key();
    if (!key) return;
    const kept = this.read(key).filter((item) => item.sessionId !== session.sessionId);
    this.write(key, [...kept, session].slice(-MAX_KEPT_SESSIONS));
  }

  /**
   * Sends what is waiting, in batches, after any send already running; resolves when done (never
   * rejects: what failed stays for the next time). With `keepalive` (the page is going away) one
   * small batch goes at once, alongside any running send, in a request that outlives the page.
   */
  flush(keepalive = false): Promise<void> {
    if (keepalive) {
      const batch = this.unsent().slice(0, KEEPALIVE_SESSIONS);
      if (batch.length) void this.sendBatch(batch, true);
      return Promise.resolve();
    }
    this.running = this.running.then(() => this.sendAll());
    return this.running;
  }

  private async sendAll(): Promise<void> {
    for (let conflicts = 0; ; ) {
      const batch = this.unsent().slice(0, MAX_PRACTICE_SESSIONS_PER_REQUEST);
      if (!batch.length) return;
      const outcome = await this.sendBatch(batch, false);
      if (outcome === 'keep') return;
      if (outcome === 'retry') {
        if (++conflicts > CONFLICT_RETRIES) return;
        await wait(CONFLICT_RETRY_MS);
      }
    }
  }

  private async sendBatch(batch: PracticeSession[], keepalive: boolean): Promise<Outcome> {
    const ids = batch.map((session) => session.sessionId);
    ids.forEach((id) => this.inFlight.add(id));
    try {
      await firstValueFrom(this.api.record(batch, keepalive));
      this.remove(ids);
      return 'sent';
    } catch (error) {
      return this.onError(error, ids);
    } finally {
      ids.forEach((id) => this.inFlight.delete(id));
    }
  }

  /** A refused session (400, 403, 404) would be refused forever: it is dropped, the rest kept. */
  private onError(error: unknown, ids: string[]): Outcome {
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (status === 409) return 'retry';
    if (status < 400 || status >= 500 || status === 401 || status === 408 || status === 429) return 'keep';
    const message = error instanceof HttpErrorResponse ? String((error.error as { error?: unknown } | null)?.error ?? '') : '';
    const index = /^sessions\[(\d+)\]/.exec(message)?.[1];
    this.remove(index !== undefined && ids[Number(index)] ? [ids[Number(index)]] : ids);
    return 'dropped';
  }

  private unsent(): PracticeSession[] {
    return this.pending().filter((session) => !this.inFlight.has(session.sessionId));
  }

  private remove(ids: readonly string[]): void {
    const key = this.key();
    if (!key) return;
    const gone = new Set(ids);
    this.write(key, this.read(key).filter((session) => !gone.has(session.sessionId)));
  }

  private key(): string | null {
    const userId = this.auth.user()?.userId;
    return userId ? KEY_PREFIX + userId : null;
  }

  private read(key: string): PracticeSession[] {
    try {
      const raw = localStorage.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as PracticeSession[]) : [];
    } catch {
      return this.memory.get(key) ?? [];
    }
  }

  private write(key: string, sessions: PracticeSession[]): void {
    this.memory.set(key, sessions);
    try {
      if (sessions.length) localStorage.setItem(key, JSON.stringify(sessions));
      else localStorage.removeItem(key);
    } catch {
      // Storage full or off: the copy in memory still sends while the tab is open.
    }
  }
}
