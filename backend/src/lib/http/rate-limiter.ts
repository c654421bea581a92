import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TooManyRequestsError } from './http-errors';

/**
 * Fixed-window counters in DynamoDB, so every Lambda instance sees the same count. One atomic
 * ADD per hit; items carry an expiry for DynamoDB TTL to sweep them.
 */
export class RateLimiter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request for `key`; throws 429 (with Retry-After) once `limit` is exceeded. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const nowSeconds = Math.floor(this.now() / 1000);
    const window = Math.floor(nowSeconds / windowSeconds);
    const windowEnd = (window + 1) * windowSeconds;
    const result = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { bucketKey: `${key}#${window}` },
        UpdateExpression: 'ADD hits :one SET expiresAt = if_not_exists(expiresAt, :expiresAt)',
        ExpressionAttributeValues: { ':one': 1, ':expiresAt': windowEnd + 60 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const hits = Number(result.Attributes?.hits ?? 0);
    if (hits > limit) throw new TooManyRequestsError(Math.max(1, windowEnd - nowSeconds));
  }
}
