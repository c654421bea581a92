import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { UserPoolOperation, type UserPool } from 'aws-cdk-lib/aws-cognito';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import type { Stage } from './app-config';
import { FUNCTION_BUNDLING, LAMBDA_RUNTIME } from './domain-function.construct';
import { LOCK_FILE, REPO_ROOT, accountMailsEntry } from './paths';

export interface AccountMailsProps {
  readonly stage: Stage;
  readonly userPool: UserPool;
}

/**
 * Cognito's CustomMessage trigger: each account e-mail (sign-up code, password reset, …) says what
 * it is for, where the pool's one verification template would give them all the same subject.
 * The texts are the backend's (`backend/src/auth/account-mails.ts`), the ones the local stack sends.
 */
export class AccountMailsConstruct extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: AccountMailsProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'LogGroup', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // Its own role: it writes its logs and calls nothing.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: 'Lessonstage account e-mail texts (Cognito trigger)' });
    role.addToPolicy(new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));

    this.function = new NodejsFunction(this, 'Function', {
      description: 'Lessonstage: the subject and text of each Cognito account e-mail',
      entry: accountMailsEntry(),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(5),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      bundling: FUNCTION_BUNDLING,
    });
    props.userPool.addTrigger(UserPoolOperation.CUSTOM_MESSAGE, this.function);
    NagSuppressions.addResourceSuppressions(this.function, [
      { id: 'AwsSolutions-L1', reason: 'nodejs22.x is pinned on purpose, as for the API functions (see DomainFunction).' },
    ]);
  }
}
