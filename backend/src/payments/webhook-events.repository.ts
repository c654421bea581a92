import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const KEEP_SECONDS = 30 * 24 * 3600;

/** Stripe event ids whose processing finished; a redelivery of one of them is answered at once. */
export class WebhookEventsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async isProcessed(eventId: string): Promise<boolean> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { eventId }, ConsistentRead: true }));
    return Boolean(result.Item);
  }

  /** Written last, after every effect of the event is stored: a crash before it means a retry redoes (idempotent) work. */
  async markProcessed(eventId: string, type: string): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { eventId, type, processedAt: new Date().toISOString(), expiresAt: now + KEEP_SECONDS } }));
  }
}
