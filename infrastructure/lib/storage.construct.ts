import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
  type BucketProps,
  type CfnBucket,
} from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import type { Stage } from './app-config';

export interface StorageProps {
  readonly stage: Stage;
  /** S3 Transfer Acceleration on the content bucket (the `transferAcceleration` context value). */
  readonly transferAcceleration?: boolean;
}

/** What every bucket of the app shares: private, TLS only, encrypted, kept when the stack goes. */
export const PRIVATE_BUCKET: BucketProps = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  encryption: BucketEncryption.S3_MANAGED,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  // Buckets hold uploads, logs and audit records: deleting a stack never deletes them.
  removalPolicy: RemovalPolicy.RETAIN,
};

/**
 * The S3 buckets: content (thumbnails under public/, lesson videos under courses/), the site
 * bundle, and the access-log bucket the others (and CloudFront) write to.
 */
export class StorageConstruct extends Construct {
  readonly logBucket: Bucket;
  readonly contentBucket: Bucket;
  readonly siteBucket: Bucket;
  /**
   * The content bucket's name as a plain string (no reference to the bucket resource). CloudFront
   * builds its origin from it, so the bucket's CORS rule can in turn name the distribution's
   * domain without a dependency cycle.
   */
  readonly contentBucketName: string;
  /**
   * Origin of the presigned URLs the API hands to browsers (uploads, playback): the SDK signs for
   * the virtual-hosted regional endpoint, https://<bucket>.s3.<region>.amazonaws.com.
   */
  readonly contentBucketOrigin: string;
  /**
   * With Transfer Acceleration, where presigned uploads go instead:
   * https://<bucket>.s3-accelerate.amazonaws.com (the SDK's accelerate endpoint); else undefined.
   */
  readonly contentBucketUploadOrigin?: string;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const { account, region } = Stack.of(this);

    this.logBucket = new Bucket(this, 'LogBucket', {
      ...PRIVATE_BUCKET,
      // CloudFront standard logging writes with ACLs, so ACLs must stay available on this bucket.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(90) }],
    });
    NagSuppressions.addResourceSuppressions(this.logBucket, [
      {
        id: 'AwsSolutions-S1',
        reason: 'This is the access-log destination of the other buckets and CloudFront; logging it into itself would loop.',
      },
    ]);

    this.contentBucketName = `lessonstage-${props.stage}-content-${account}-${region}`;
    this.contentBucketOrigin = `https://${this.contentBucketName}.s3.${region}.${Stack.of(this).urlSuffix}`;
    if (props.transferAcceleration) this.contentBucketUploadOrigin = `https://${this.contentBucketName}.s3-accelerate.amazonaws.com`;
    this.contentBucket = new Bucket(this, 'ContentBucket', {
      ...PRIVATE_BUCKET,
      bucketName: this.contentBucketName,
      versioned: true,
      transferAcceleration: props.transferAcceleration ?? false,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/content/',
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(3) },
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(90) },
      ],
    });

    // Every Object Created goes to EventBridge (a lesson original starts its transcode, see
    // transcoding.construct.ts). Set on the bucket itself: CDK's eventBridgeEnabled would add a
    // custom resource and its Lambda to do what CloudFormation does natively.
    (this.contentBucket.node.defaultChild as CfnBucket).notificationConfiguration = {
      eventBridgeConfiguration: { eventBridgeEnabled: true },
    };

    this.siteBucket = new Bucket(this, 'SiteBucket', {
      ...PRIVATE_BUCKET,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/site/',
    });
  }

  /**
   * Lets the site's pages upload straight to the content bucket (presigned PUT / POST) and read
   * what the player fetches by script through signed links (scores, captions).
   */
  allowUploadsFrom(siteOrigin: string): void {
    this.contentBucket.addCorsRule({
      allowedOrigins: [siteOrigin],
      allowedMethods: [HttpMethods.GET, HttpMethods.HEAD, HttpMethods.PUT, HttpMethods.POST],
      allowedHeaders: ['*'],
      // Multipart uploads need the part ETags back.
      exposedHeaders: ['ETag'],
      maxAge: 3000,
    });
  }
}
