import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ApiConstruct, setAppOrigin } from './api.construct';
import { stripeSecretIds, type AppConfig } from './app-config';
import { AuditConstruct } from './audit.construct';
import { AuthConstruct } from './auth.construct';
import { CdnConstruct } from './cdn.construct';
import { DataConstruct } from './data.construct';
import { grantHlsSigning } from './hls-signing';
import { MonitoringConstruct } from './monitoring.construct';
import { OperatorSettingsConstruct } from './operator-settings.construct';
import { StorageConstruct } from './storage.construct';
import { TranscodingConstruct } from './transcoding.construct';

export interface LessonstageStackProps extends StackProps {
  readonly config: AppConfig;
  /** ARN of the CloudFront web ACL from the edge stack (a cross-region reference). */
  readonly webAclArn: string;
}

/** The application: auth, data, storage, API, transcoding, CDN, monitoring and audit trail. */
export class LessonstageStack extends Stack {
  readonly auth: AuthConstruct;
  readonly data: DataConstruct;
  readonly storage: StorageConstruct;
  readonly api: ApiConstruct;
  readonly cdn: CdnConstruct;
  readonly transcoding: TranscodingConstruct;
  readonly settings: OperatorSettingsConstruct;
  readonly monitoring: MonitoringConstruct;
  readonly audit: AuditConstruct;

  constructor(scope: Construct, id: string, props: LessonstageStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.auth = new AuthConstruct(this, 'Auth', { stage: config.stage });
    this.data = new DataConstruct(this, 'Data', { stage: config.stage });
    this.storage = new StorageConstruct(this, 'Storage', { stage: config.stage, transferAcceleration: config.transferAcceleration });
    this.api = new ApiConstruct(this, 'Api', {
      stage: config.stage,
      data: this.data,
      contentBucket: this.storage.contentBucket,
      userPool: this.auth.userPool,
      userPoolClient: this.auth.client,
      stripeSecrets: stripeSecretIds(config.stripeSecretName),
      mailFrom: config.mailFrom,
      provisionedConcurrency: config.provisionedConcurrency,
      transferAcceleration: config.transferAcceleration,
    });
    this.settings = new OperatorSettingsConstruct(this, 'Settings', { stage: config.stage });
    this.settings.grantRead(this.api.functions.values());
    this.transcoding = new TranscodingConstruct(this, 'Transcoding', {
      stage: config.stage,
      ...this.api.functionProps,
      contentBucketName: this.storage.contentBucketName,
    });
    this.transcoding.allowStartFrom(this.api.functions.values());
    this.cdn = new CdnConstruct(this, 'Cdn', {
      siteBucket: this.storage.siteBucket,
      contentBucket: this.storage.contentBucket,
      contentBucketName: this.storage.contentBucketName,
      contentBucketOrigin: this.storage.contentBucketOrigin,
      contentBucketUploadOrigin: this.storage.contentBucketUploadOrigin,
      httpApi: this.api.httpApi,
      originVerifySecret: this.api.originVerifySecret,
      logBucket: this.storage.logBucket,
      webAclArn: props.webAclArn,
      domainName: config.domainName,
      certificateArn: config.certificateArn,
      hlsPublicKeyPem: config.hlsPublicKeyPem,
    });
    grantHlsSigning(this, this.api.functions.values(), {
      secretName: config.hlsPrivateKeySecretName,
      keyPairId: this.cdn.hlsPublicKey.publicKeyId,
    });
    this.storage.allowUploadsFrom(this.cdn.siteOrigin);
    setAppOrigin(this.api, this.cdn.siteOrigin);
    this.monitoring = new MonitoringConstruct(this, 'Monitoring', {
      stage: config.stage,
      functions: new Map([...this.api.functions].map(([domain, fn]) => [domain, fn.function])),
      httpApi: this.api.httpApi,
      alarmEmail: config.alarmEmail,
      transcoding: { stateMachine: this.transcoding.stateMachine, finish: this.transcoding.finish.function },
    });
    this.audit = new AuditConstruct(this, 'Audit', { logBucket: this.storage.logBucket });

    const output = (id: string, value: string, description: string) => new CfnOutput(this, id, { value, description });
    output('SiteUrl', this.cdn.siteOrigin, 'Where the site runs');
    output('DistributionId', this.cdn.distribution.distributionId, 'CloudFront distribution (invalidations)');
    output('DistributionDomainName', this.cdn.distribution.distributionDomainName, 'CNAME target for a custom domain');
    output('SiteBucketName', this.storage.siteBucket.bucketName, 'Bucket of the Angular build');
    output('ContentBucketName', this.storage.contentBucket.bucketName, 'Bucket of thumbnails and lesson media');
    output('ApiEndpoint', this.api.stage.url, 'Direct HTTP API endpoint (the site calls /api through CloudFront)');
    output('UserPoolId', this.auth.userPool.userPoolId, 'Cognito user pool');
    output('UserPoolClientId', this.auth.client.userPoolClientId, 'Cognito app client of the web app');
    output('AlarmTopicArn', this.monitoring.topic.topicArn, 'SNS topic of the alarms');
    output('TranscodeStateMachineArn', this.transcoding.stateMachine.stateMachineArn, 'Step Functions state machine of lesson transcodes');
    output('ConfigParameterPath', this.settings.path, 'SSM path of the operator settings');
    output('HlsKeyPairId', this.cdn.hlsPublicKey.publicKeyId, 'CloudFront public key id of the lesson stream cookies');
  }
}
