import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** Requests one IP may send in any 5-minute window before the rate rule blocks it. */
export const RATE_LIMIT_PER_5_MIN = 2000;

/** AWS managed rule groups of the web ACL, in evaluation order. */
export const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

/**
 * Managed rules switched to count (logged, not blocking). SizeRestrictions_BODY blocks bodies over
 * 8 KB, which a course outline saved by the authoring API can exceed; files never pass through the
 * API (they go to S3 with presigned URLs), and the handlers validate every body with zod.
 */
export const RULE_ACTION_OVERRIDES: { readonly [group: string]: readonly string[] } = {
  AWSManagedRulesCommonRuleSet: ['SizeRestrictions_BODY'],
};

function visibility(metricName: string): CfnWebACL.VisibilityConfigProperty {
  return { cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true };
}

/** The CloudFront-scope web ACL: managed rule groups plus a per-IP rate limit. Must live in us-east-1. */
export class WafConstruct extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: { readonly name: string }) {
    super(scope, id);
    const managed = MANAGED_RULE_GROUPS.map(
      (name, index): CfnWebACL.RuleProperty => ({
        name,
        priority: index + 1,
        statement: {
          managedRuleGroupStatement: {
            vendorName: 'AWS',
            name,
            ruleActionOverrides: RULE_ACTION_OVERRIDES[name]?.map((rule) => ({ name: rule, actionToUse: { count: {} } })),
          },
        },
        overrideAction: { none: {} },
        visibilityConfig: visibility(name),
      }),
    );
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: props.name,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(props.name),
      rules: [
        {
          // First, so a flood is cut off before the managed groups are evaluated (and billed).
          name: 'RateLimitPerIp',
          priority: 0,
          statement: { rateBasedStatement: { limit: RATE_LIMIT_PER_5_MIN, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
          action: { block: {} },
          visibilityConfig: visibility('RateLimitPerIp'),
        },
        ...managed,
      ],
    });
  }
}
