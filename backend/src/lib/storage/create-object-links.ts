import type { AppConfig } from '../config';
import type { ObjectLinks } from './object-links';
import { S3ObjectLinks } from './s3-object-links';

/** Links on the endpoint the browser reaches: locally the app's `/storage` gateway, on AWS S3 itself. */
export function createObjectLinks(config: AppConfig): ObjectLinks {
  return new S3ObjectLinks({
    bucket: config.contentBucket,
    region: config.region,
    credentials: config.credentials,
    endpoint: config.endpoints.storagePublic,
  });
}
