import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CERTIFICATES_TABLE } from '../lib/db/table-definitions';
import type { CertificateRecord } from './certificate.record';

const [BY_CERTIFICATE] = CERTIFICATES_TABLE.globalIndexes.map((index) => index.indexName) as [string];

function lostRace(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException;
}

/** Certificates keyed (userId, courseId): every write is a single-item conditional write. */
export class CertificatesRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(userId: string, courseId: string): Promise<CertificateRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId, courseId }, ConsistentRead: true }));
    return result.Item as CertificateRecord | undefined;
  }

  /**
   * Stores `certificate` unless the user already has one for the course; returns the one that is
   * stored (this one, or the earlier one a concurrent request put first), so there is never a second.
   */
  async issue(certificate: CertificateRecord): Promise<{ certificate: CertificateRecord; issued: boolean }> {
    try {
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: certificate, ConditionExpression: 'attribute_not_exists(userId)' }));
      return { certificate, issued: true };
    } catch (error) {
      if (!lostRace(error)) throw error;
      const stored = await this.get(certificate.userId, certificate.courseId);
      if (!stored) throw error;
      return { certificate: stored, issued: false };
    }
  }

  /** The certificate with this id, whoever holds it (the public verification page). */
  async findById(certificateId: string): Promise<CertificateRecord | undefined> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_CERTIFICATE,
        KeyConditionExpression: 'certificateId = :id',
        ExpressionAttributeValues: { ':id': certificateId },
        Limit: 1,
      }),
    );
    return result.Items?.[0] as CertificateRecord | undefined;
  }

  async listForUser(userId: string): Promise<CertificateRecord[]> {
    const items: CertificateRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'userId = :user', ExpressionAttributeValues: { ':user': userId }, ExclusiveStartKey: start }),
      );
      items.push(...((page.Items ?? []) as CertificateRecord[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** Revokes the user's certificate for the course, if there is a valid one; returns whether this call did. */
  async revoke(userId: string, courseId: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId, courseId },
          UpdateExpression: 'SET #status = :revoked, revokedAt = :now',
          ConditionExpression: '#status = :valid',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':revoked': 'revoked', ':valid': 'valid', ':now': new Date().toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }

  /** Records where the PDF is stored (only on an existing certificate). */
  async setPdfKey(userId: string, courseId: string, pdfKey: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId, courseId },
        UpdateExpression: 'SET pdfKey = :key',
        ConditionExpression: 'attribute_exists(userId)',
        ExpressionAttributeValues: { ':key': pdfKey },
      }),
    );
  }
}
