import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { Stage } from './app-config';
import { WafConstruct } from './waf.construct';

/** CloudFront-scope resources must be created in us-east-1, whatever the app's region. */
export const EDGE_REGION = 'us-east-1';

export interface EdgeStackProps extends StackProps {
  readonly stage: Stage;
}

/** The us-east-1 part of the app: the WAF web ACL attached to the distribution. */
export class EdgeStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    if (this.region !== EDGE_REGION) throw new Error(`The edge stack must be deployed to ${EDGE_REGION}, not ${this.region}`);
    const waf = new WafConstruct(this, 'Waf', { name: `lessonstage-${props.stage}-cloudfront` });
    this.webAclArn = waf.webAcl.attrArn;
  }
}
