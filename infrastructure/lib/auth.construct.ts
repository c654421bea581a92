import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  UserPool,
  UserPoolClient,
  UserPoolGroup,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { AccountMailsConstruct } from './account-mails.construct';
import type { Stage } from './app-config';

export const ADMIN_GROUP = 'admin';

export interface AuthProps {
  readonly stage: Stage;
}

/** Cognito user pool (e-mail sign-in, self sign-up, optional TOTP), the admin group and the web app client. */
export class AuthConstruct extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly adminGroup: UserPoolGroup;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const prod = props.stage === 'prod';

    this.userPool = new UserPool(this, 'UserPool', {
      signInAliases: { email: true },
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      // The CustomMessage trigger (AccountMailsConstruct) replaces this text per purpose.
      userVerification: {
        emailSubject: 'Confirm your Lessonstage account',
        emailBody: 'Your Lessonstage confirmation code is {####}',
        emailStyle: VerificationEmailStyle.CODE,
      },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 8,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: prod,
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    new AccountMailsConstruct(this, 'AccountMails', { stage: props.stage, userPool: this.userPool });

    this.adminGroup = this.userPool.addGroup('AdminGroup', {
      groupName: ADMIN_GROUP,
      description: 'Lessonstage administrators',
    });

    // A public client (browser/SPA): no secret, no hosted UI; USER_PASSWORD_AUTH plus refresh tokens.
    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userPassword: true },
      disableOAuth: true,
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    NagSuppressions.addResourceSuppressions(this.userPool, [
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional by product decision: students sign up themselves and may enable TOTP; making it mandatory would block sign-up. SMS MFA is off.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'The pool uses the Essentials feature plan; threat protection (Plus plan) is a paid per-user add-on not budgeted yet. Revisit before launch.',
      },
    ]);
  }
}
