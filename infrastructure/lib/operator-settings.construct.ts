import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { ParameterTier, StringParameter } from 'aws-cdk-lib/aws-ssm';
import { CONFIG_PARAMETER_PATH, OPERATOR_SETTINGS, type OperatorSetting } from '@lessonstage/backend/settings';
import { Construct } from 'constructs';
import type { Stage } from './app-config';
import type { DomainFunction } from './domain-function.construct';

export interface OperatorSettingsProps {
  readonly stage: Stage;
  /** Defaults to the backend's OPERATOR_SETTINGS. */
  readonly settings?: readonly OperatorSetting[];
}

/**
 * Settings an operator changes without a deploy (rate limits, catalog cache, upload tuning): one
 * SSM String parameter each under `/lessonstage/<stage>/config/`, created with the backend's
 * defaults. Functions that use them read the path at cold start; a changed value reaches each
 * function at its next cold start. CloudFormation writes a value again only when its default in
 * the code changes.
 */
export class OperatorSettingsConstruct extends Construct {
  /** `/lessonstage/<stage>/config`, no trailing slash (GetParametersByPath's Path). */
  readonly path: string;
  readonly parameters: readonly StringParameter[];

  constructor(scope: Construct, id: string, props: OperatorSettingsProps) {
    super(scope, id);
    this.path = `/lessonstage/${props.stage}/config`;
    this.parameters = (props.settings ?? OPERATOR_SETTINGS).map(
      (setting) =>
        new StringParameter(this, setting.name, {
          parameterName: `${this.path}/${setting.name}`,
          stringValue: String(setting.defaultValue),
          description: `Lessonstage (${props.stage}): ${setting.description}`,
          tier: ParameterTier.STANDARD,
        }),
    );
  }

  /**
   * Functions whose DOMAIN_ACCESS has `settings` get the path and may read it: GetParametersByPath
   * is authorized against the requested path itself, so the grant names exactly that path.
   */
  grantRead(functions: Iterable<DomainFunction>): void {
    const pathArn = Stack.of(this).formatArn({ service: 'ssm', resource: 'parameter', resourceName: this.path.slice(1) });
    for (const fn of functions) {
      if (!fn.access.settings) continue;
      fn.role.addToPolicy(new PolicyStatement({ actions: ['ssm:GetParametersByPath'], resources: [pathArn] }));
      fn.function.addEnvironment(CONFIG_PARAMETER_PATH, this.path);
    }
  }
}
