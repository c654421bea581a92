import { Aspects, Tags, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { AppConfig } from './app-config';
import { EDGE_REGION, EdgeStack } from './edge.stack';
import { LessonstageStack } from './lessonstage.stack';
import { SiteStack } from './site.stack';

export interface LessonstageStacks {
  readonly edge: EdgeStack;
  readonly app: LessonstageStack;
  /** Only when the Angular build exists (config.siteDir). */
  readonly site?: SiteStack;
}

/** Stack names: `cdk deploy --all` deploys them in this order (edge → app → site). */
export function stackNames(config: AppConfig) {
  const prefix = `Lessonstage-${config.stage}`;
  return { edge: `${prefix}-Edge`, app: `${prefix}-App`, site: `${prefix}-Site` };
}

/** Adds the Lessonstage stacks to an app, with the cdk-nag AwsSolutions checks on all of them. */
export function createLessonstage(app: App, config: AppConfig): LessonstageStacks {
  const names = stackNames(config);
  const edge = new EdgeStack(app, names.edge, {
    stage: config.stage,
    env: { account: config.account, region: EDGE_REGION },
    description: 'Lessonstage edge resources in us-east-1 (CloudFront WAF web ACL)',
  });
  const main = new LessonstageStack(app, names.app, {
    config,
    webAclArn: edge.webAclArn,
    env: { account: config.account, region: config.region },
    // The web ACL ARN crosses from us-east-1 when the app lives in another region.
    crossRegionReferences: true,
    description: 'Lessonstage application (auth, data, API, storage, CDN, monitoring)',
  });
  const site = config.siteDir
    ? new SiteStack(app, names.site, {
        siteDir: config.siteDir,
        siteBucket: main.storage.siteBucket,
        distribution: main.cdn.distribution,
        env: { account: config.account, region: config.region },
        description: 'Lessonstage Angular site upload and CloudFront invalidation',
      })
    : undefined;

  Tags.of(app).add('project', 'lessonstage');
  Tags.of(app).add('stage', config.stage);
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  return { edge, app: main, site };
}
