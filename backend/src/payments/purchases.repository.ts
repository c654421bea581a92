import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PURCHASES_TABLE } from '../lib/db/table-definitions';
import { PURCHASE_LIST_PARTITION, type PurchaseRecord } from './purchase.record';

const LIST_INDEX = PURCHASES_TABLE.globalIndexes[0].indexName;
/** A filtered page stops after this many index reads (each at most `limit` items) and hands back a cursor. */
const MAX_READS_PER_PAGE = 10;

export interface PurchaseQuery {
  /** Lower-cased text to find in the buyer's e-mail or name, or the course's title or id. */
  readonly text?: string;
  readonly status?: PurchaseRecord['status'];
  /** ISO 8601 bounds on `createdAt`, both included. */
  readonly from?: string;
  readonly to?: string;
}

/** What the admin search matches, lower-cased once at write time (DynamoDB's `contains` is case-sensitive). */
function searchTextOf(facts: PaymentFacts): string {
  return [facts.buyerEmail, facts.buyerName, facts.courseTitle, facts.courseId].filter(Boolean).join(' ').toLowerCase();
}

function keyCondition(query: PurchaseQuery): { expression: string; values: Record<string, string> } {
  const values: Record<string, string> = { ':list': PURCHASE_LIST_PARTITION };
  if (query.from) values[':from'] = query.from;
  if (query.to) values[':to'] = query.to;
  if (query.from && query.to) return { expression: 'listPartition = :list AND createdAt BETWEEN :from AND :to', values };
  if (query.from) return { expression: 'listPartition = :list AND createdAt >= :from', values };
  if (query.to) return { expression: 'listPartition = :list AND createdAt <= :to', values };
  return { expression: 'listPartition = :list', values };
}

function filterOf(query: PurchaseQuery): { expression?: string; values: Record<string, string> } {
  const parts: string[] = [];
  const values: Record<string, string> = {};
  if (query.status) {
    parts.push('#status = :status');
    values[':status'] = query.status;
  }
  if (query.text) {
    // Purchases recorded before searchText existed still match on their course id.
    parts.push('(contains(searchText, :text) OR contains(courseId, :text))');
    values[':text'] = query.text;
  }
  return { expression: parts.length ? parts.join(' AND ') : undefined, values };
}

/** The byCreation index key of a listed item: where the next page starts when a page is cut short. */
function indexKeyOf(item: PurchaseRecord): Record<string, unknown> {
  return { paymentId: item.paymentId, listPartition: item.listPartition, createdAt: item.createdAt };
}

export interface PaymentFacts {
  readonly paymentId: string;
  readonly userId: string;
  readonly courseId: string;
  readonly amountCents: number;
  readonly currency: string;
  readonly checkoutSessionId?: string;
  readonly courseTitle?: string;
  /** The buyer's account as it read when the payment completed: the admin list shows and searches it. */
  readonly buyerName?: string;
  readonly buyerEmail?: string;
  /**
   * When Stripe says it happened (the event's `created`), ISO 8601. Stamps come from the event, not
   * the clock, so a redelivered event writes exactly what the first delivery wrote, index keys included.
   */
  readonly occurredAt: string;
}

/**
 * One item per payment. Writes are single UpdateItems that only fill what is missing, so any
 * number of deliveries, in any order, converge on the same record; `refunded`/`disputed` are
 * final and a late "paid" never overwrites them.
 */
export class PurchasesRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(paymentId: string): Promise<PurchaseRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { paymentId }, ConsistentRead: true }));
    return result.Item as PurchaseRecord | undefined;
  }

  /** Records a completed payment; answers the stored record (whose status may already be final). */
  async recordPaid(facts: PaymentFacts): Promise<PurchaseRecord> {
    const result = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { paymentId: facts.paymentId },
        UpdateExpression:
          'SET userId = :userId, courseId = :courseId, amountCents = :amount, currency = :currency, listPartition = :list, ' +
          'checkoutSessionId = if_not_exists(checkoutSessionId, :session), courseTitle = if_not_exists(courseTitle, :title), ' +
          'createdAt = if_not_exists(createdAt, :now), paidAt = if_not_exists(paidAt, :now), #status = if_not_exists(#status, :paid), ' +
          'buyerName = if_not_exists(buyerName, :buyerName), buyerEmail = if_not_exists(buyerEmail, :buyerEmail), searchText = :search',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':userId': facts.userId,
          ':courseId': facts.courseId,
          ':amount': facts.amountCents,
          ':currency': facts.currency,
          ':list': PURCHASE_LIST_PARTITION,
          ':session': facts.checkoutSessionId ?? null,
          ':title': facts.courseTitle ?? null,
          ':now': facts.occurredAt,
          ':paid': 'paid',
          ':buyerName': facts.buyerName ?? null,
          ':buyerEmail': facts.buyerEmail ?? null,
          ':search': searchTextOf(facts),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return result.Attributes as PurchaseRecord;
  }

  /** Marks a payment refunded or disputed (final), creating the record if its "paid" event is still to come. */
  async recordReversal(facts: PaymentFacts, status: 'refunded' | 'disputed'): Promise<PurchaseRecord> {
    const result = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { paymentId: facts.paymentId },
        UpdateExpression:
          'SET userId = :userId, courseId = :courseId, listPartition = :list, amountCents = if_not_exists(amountCents, :amount), ' +
          'currency = if_not_exists(currency, :currency), createdAt = if_not_exists(createdAt, :now), ' +
          'refundedAt = if_not_exists(refundedAt, :now), #status = :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':userId': facts.userId,
          ':courseId': facts.courseId,
          ':list': PURCHASE_LIST_PARTITION,
          ':amount': facts.amountCents,
          ':currency': facts.currency,
          ':now': facts.occurredAt,
          ':status': status,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return result.Attributes as PurchaseRecord;
  }

  /**
   * Newest first (admin view), filtered. Queries the byCreation index (dates as key conditions,
   * status and text as filters) until `limit` items match, the index ends, or MAX_READS_PER_PAGE
   * reads were made; a short page with a cursor just means "more may follow".
   */
  async list(limit: number, after?: Record<string, unknown>, query: PurchaseQuery = {}): Promise<{ items: PurchaseRecord[]; next?: Record<string, unknown> }> {
    const key = keyCondition(query);
    const filter = filterOf(query);
    const items: PurchaseRecord[] = [];
    let start = after;
    for (let read = 0; read < MAX_READS_PER_PAGE; read++) {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: LIST_INDEX,
          KeyConditionExpression: key.expression,
          FilterExpression: filter.expression,
          ExpressionAttributeNames: query.status ? { '#status': 'status' } : undefined,
          ExpressionAttributeValues: { ...key.values, ...filter.values },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...((result.Items ?? []) as PurchaseRecord[]));
      start = result.LastEvaluatedKey;
      if (items.length >= limit) {
        const page = items.slice(0, limit);
        // Cut inside a read: the next page starts after the last item shown, not after the read.
        return { items: page, next: items.length > limit || start ? indexKeyOf(page[page.length - 1]!) : undefined };
      }
      if (!start) break;
    }
    return { items, next: start };
  }
}
