import { Duration } from 'aws-cdk-lib';
import { Trail } from 'aws-cdk-lib/aws-cloudtrail';
import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { PRIVATE_BUCKET } from './storage.construct';

export interface AuditProps {
  /** Receives the S3 server access logs of the trail bucket. */
  readonly logBucket: IBucket;
}

/** A multi-region CloudTrail trail with log-file validation, written to its own encrypted bucket. */
export class AuditConstruct extends Construct {
  readonly trail: Trail;
  readonly trailBucket: Bucket;

  constructor(scope: Construct, id: string, props: AuditProps) {
    super(scope, id);
    this.trailBucket = new Bucket(this, 'TrailBucket', {
      ...PRIVATE_BUCKET,
      versioned: true,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 's3/trail/',
      lifecycleRules: [{ id: 'expire-trail-logs', expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) }],
    });
    this.trail = new Trail(this, 'Trail', {
      bucket: this.trailBucket,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableFileValidation: true,
    });
  }
}
