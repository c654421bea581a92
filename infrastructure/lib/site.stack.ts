import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';

/** Files Angular names by content hash (outputHashing: all): they never change under the same name. */
export const HASHED_ASSETS = ['*.js', '*.css', 'media/*'];

export interface SiteStackProps extends StackProps {
  /** The Angular browser build, e.g. frontend/dist/frontend/browser. */
  readonly siteDir: string;
  readonly siteBucket: IBucket;
  readonly distribution: IDistribution;
}

/**
 * Uploads the Angular build to the site bucket and invalidates CloudFront. A separate stack, created
 * only when the build exists, so the application synthesizes (and is tested) without a front-end build.
 */
export class SiteStack extends Stack {
  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const source = Source.asset(props.siteDir);
    const logGroup = new LogGroup(this, 'DeploymentLogs', {
      retention: RetentionDays.ONE_WEEK,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const common = { sources: [source], destinationBucket: props.siteBucket, memoryLimit: 512, logGroup };

    // Hashed bundles first, cached for a year. Old ones are kept (prune: false) so a browser still
    // running the previous index.html can lazy-load its chunks during and after the deploy.
    const assets = new BucketDeployment(this, 'HashedAssets', {
      ...common,
      exclude: ['*'],
      include: HASHED_ASSETS,
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
    });

    // Then index.html and the unhashed public files, revalidated on every request, and the invalidation.
    const entry = new BucketDeployment(this, 'EntryFiles', {
      ...common,
      exclude: HASHED_ASSETS,
      prune: true,
      cacheControl: [CacheControl.noCache()],
      distribution: props.distribution,
      distributionPaths: ['/*'],
    });
    entry.node.addDependency(assets);

    for (const child of this.node.children) {
      if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
      NagSuppressions.addResourceSuppressions(
        child,
        [
          {
            id: 'AwsSolutions-IAM4',
            reason: 'CDK BucketDeployment handler: its role carries AWSLambdaBasicExecutionRole for its own logs; the construct does not let us replace it.',
            appliesTo: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
          },
          {
            id: 'AwsSolutions-IAM5',
            reason:
              'CDK BucketDeployment handler: s3 read/sync action groups (GetObject*, List*, DeleteObject*, Abort*) on the CDK asset bucket and on every key of the site bucket (a sync touches all keys), and CloudFront invalidations, which the handler creates on resource "*".',
            appliesTo: [{ regex: '/^Action::s3:[A-Za-z]+\\*$/g' }, { regex: '/^Resource::.*\\/\\*$/g' }, 'Resource::*'],
          },
          {
            id: 'AwsSolutions-L1',
            reason: 'CDK BucketDeployment handler: runtime chosen by aws-cdk-lib; updated with the library.',
          },
        ],
        true,
      );
    }
  }
}
