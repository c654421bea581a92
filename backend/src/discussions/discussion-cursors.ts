import * as z from '@lessonstage/shared/zod';
import { decodeCursor, encodeCursor } from '../lib/db/page-cursor';
import type { ReportPosition, ThreadPosition } from './discussions.repository';

const idPart = z.string().check(z.regex(/^[a-z0-9]{1,40}$/));
/** Exactly the positions issued: a thread's list key and id, a reply's key, a queued post's keys. */
const threadPosition = z.strictObject({ listKey: z.string().check(z.regex(/^[01]#[0-9TZ:.-]{1,40}#[a-z0-9]{1,40}$/)), threadId: idPart });
const replyPosition = z.strictObject({ itemKey: z.string().check(z.regex(/^reply#[a-z0-9]{1,40}$/)) });
const reportPosition = z.strictObject({
  reportKey: z.string().check(z.regex(/^[0-9TZ:.-]{1,40}#[a-z0-9_]{1,81}$/)),
  threadId: idPart,
  itemKey: z.string().check(z.regex(/^(thread|reply#[a-z0-9]{1,40})$/)),
});

export const threadCursor = {
  decode: (raw: string | undefined): ThreadPosition | undefined => (raw ? decodeCursor(raw, threadPosition) : undefined),
  encode: (position: ThreadPosition | null): string | null => (position ? encodeCursor(position) : null),
};

export const replyCursor = {
  decode: (raw: string | undefined): string | undefined => (raw ? decodeCursor(raw, replyPosition).itemKey : undefined),
  encode: (itemKey: string | null): string | null => (itemKey ? encodeCursor({ itemKey }) : null),
};

export const reportCursor = {
  decode: (raw: string | undefined): ReportPosition | undefined => (raw ? decodeCursor(raw, reportPosition) : undefined),
  encode: (position: ReportPosition | null): string | null => (position ? encodeCursor(position) : null),
};
