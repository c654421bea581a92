import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PURCHASES_TABLE } from '../lib/db/table-definitions';
import { PURCHASE_LIST_PARTITION, type PurchaseRecord } from './purchase.record';

const LIST_INDEX = PURCHASES_TABLE.globalIndexes[0].indexName;

export interface PaymentFacts {
  readonly paymentId: string;
  readonly userId: string;
  readonly courseId: string;
  readonly amountCents: number;
  readonly currency: string;
  readonly checkoutSessionId?: string;
  readonly courseTitle?: string;
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
          'createdAt = if_not_exists(createdAt, :now), paidAt = if_not_exists(paidAt, :now), #status = if_not_exists(#status, :paid)',
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

  /** Newest first (admin view). */
  async list(limit: number, after?: Record<string, unknown>): Promise<{ items: PurchaseRecord[]; next?: Record<string, unknown> }> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: LIST_INDEX,
        KeyConditionExpression: 'listPartition = :list',
        ExpressionAttributeValues: { ':list': PURCHASE_LIST_PARTITION },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: after,
      }),
    );
    return { items: (result.Items ?? []) as PurchaseRecord[], next: result.LastEvaluatedKey };
  }
}
