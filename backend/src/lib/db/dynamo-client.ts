import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig } from '../config';
import { tracer } from '../observability/tracer';

export function createDocumentClient(config: AppConfig): DynamoDBDocumentClient {
  const client = tracer.captureAWSv3Client(new DynamoDBClient({
    region: config.region,
    endpoint: config.endpoints.dynamodb,
    credentials: config.credentials,
  }));
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
