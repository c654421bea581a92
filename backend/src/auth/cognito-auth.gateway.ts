import {
  AdminGetUserCommand,
  AssociateSoftwareTokenCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SetUserMFAPreferenceCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  VerifySoftwareTokenCommand,
  type AuthenticationResultType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { BadRequestError, ConflictError, ForbiddenError, UnauthorizedError } from '../lib/http/http-errors';

export interface AuthTokens {
  readonly accessToken: string;
  readonly idToken: string;
  readonly refreshToken?: string;
  readonly expiresIn: number;
}

export type SignInResult = { readonly kind: 'tokens'; readonly tokens: AuthTokens } | { readonly kind: 'mfa'; readonly session: string };

export interface CognitoProfile {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
}

const INVALID_CREDENTIALS = () => new UnauthorizedError('Wrong e-mail or password', 'InvalidCredentials');
const WRONG_CODE = () => new BadRequestError('code: wrong or expired code', 'CodeMismatch');

function errorName(error: unknown): string {
  return (error as { name?: string } | null)?.name ?? '';
}

/** Runs a Cognito call and maps the exceptions named in `map` to API errors; others propagate. */
async function call<T>(run: () => Promise<T>, map: Record<string, () => Error | null>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    const mapped = map[errorName(error)];
    if (!mapped) throw error;
    const replacement = mapped();
    if (replacement) throw replacement;
    return null;
  }
}

function toTokens(result: AuthenticationResultType | undefined): AuthTokens {
  if (!result?.AccessToken || !result.IdToken) throw new Error('Cognito returned no tokens');
  return {
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    refreshToken: result.RefreshToken,
    expiresIn: result.ExpiresIn ?? 3600,
  };
}

/**
 * Everything the API asks of the Cognito user pool, with Cognito's exceptions turned into the
 * API's errors. Sign-in failures all read the same, so nobody can tell which accounts exist.
 */
export class CognitoAuthGateway {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
    private readonly clientId: string,
  ) {}

  async signUp(email: string, password: string, name: string): Promise<void> {
    await call(
      () =>
        this.cognito.send(
          new SignUpCommand({
            ClientId: this.clientId,
            Username: email,
            Password: password,
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'name', Value: name },
            ],
          }),
        ),
      {
        UsernameExistsException: () => new ConflictError('An account with this e-mail address already exists', 'UsernameExists'),
        InvalidPasswordException: () => new BadRequestError('password: does not meet the password policy', 'ValidationError'),
      },
    );
  }

  async confirmSignUp(email: string, code: string): Promise<void> {
    await call(() => this.cognito.send(new ConfirmSignUpCommand({ ClientId: this.clientId, Username: email, ConfirmationCode: code })), {
      CodeMismatchException: WRONG_CODE,
      ExpiredCodeException: WRONG_CODE,
      UserNotFoundException: WRONG_CODE,
      NotAuthorizedException: () => new BadRequestError('This account is already confirmed', 'AlreadyConfirmed'),
    });
  }

  /** Sends a new code; says nothing about whether the account exists. */
  async resendConfirmation(email: string): Promise<void> {
    await call(() => this.cognito.send(new ResendConfirmationCodeCommand({ ClientId: this.clientId, Username: email })), {
      UserNotFoundException: () => null,
      InvalidParameterException: () => null,
    });
  }

  async signIn(email: string, password: string): Promise<SignInResult> {
    const result = await call(
      () =>
        this.cognito.send(
          new InitiateAuthCommand({
            ClientId: this.clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: email, PASSWORD: password },
          }),
        ),
      {
        NotAuthorizedException: INVALID_CREDENTIALS,
        UserNotFoundException: INVALID_CREDENTIALS,
        // cognito-local's answer to a wrong password (AWS says NotAuthorizedException).
        InvalidPasswordException: INVALID_CREDENTIALS,
        UserNotConfirmedException: () => new ForbiddenError('Confirm your e-mail address before signing in', 'UserNotConfirmed'),
        PasswordResetRequiredException: () => new ForbiddenError('Reset your password before signing in', 'PasswordResetRequired'),
      },
    );
    if (result?.ChallengeName === 'SOFTWARE_TOKEN_MFA' && result.Session) return { kind: 'mfa', session: result.Session };
    if (result?.ChallengeName) throw new ForbiddenError(`Sign-in needs a step this app does not support (${result.ChallengeName})`, 'UnsupportedChallenge');
    return { kind: 'tokens', tokens: toTokens(result?.AuthenticationResult) };
  }

  async answerMfa(email: string, session: string, code: string): Promise<AuthTokens> {
    const result = await call(
      () =>
        this.cognito.send(
          new RespondToAuthChallengeCommand({
            ClientId: this.clientId,
            ChallengeName: 'SOFTWARE_TOKEN_MFA',
            Session: session,
            ChallengeResponses: { USERNAME: email, SOFTWARE_TOKEN_MFA_CODE: code },
          }),
        ),
      {
        CodeMismatchException: WRONG_CODE,
        ExpiredCodeException: WRONG_CODE,
        NotAuthorizedException: () => new UnauthorizedError('The sign-in session expired; sign in again', 'SessionExpired'),
      },
    );
    return toTokens(result?.AuthenticationResult);
  }

  async refresh(refreshToken: string): Promise<AuthTokens> {
    const result = await call(
      () =>
        this.cognito.send(
          new InitiateAuthCommand({ ClientId: this.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refreshToken } }),
        ),
      { NotAuthorizedException: () => new UnauthorizedError('The session has ended; sign in again', 'SessionExpired') },
    );
    return toTokens(result?.AuthenticationResult);
  }

  /** Revokes a refresh token (and the access tokens it issued); an unknown token is already gone. */
  async revoke(refreshToken: string): Promise<void> {
    await call(() => this.cognito.send(new RevokeTokenCommand({ ClientId: this.clientId, Token: refreshToken })), {
      NotAuthorizedException: () => null,
      UnsupportedTokenTypeException: () => null,
    });
  }

  /** Starts a password reset; says nothing about whether the account exists. */
  async forgotPassword(email: string): Promise<void> {
    await call(() => this.cognito.send(new ForgotPasswordCommand({ ClientId: this.clientId, Username: email })), {
      UserNotFoundException: () => null,
      InvalidParameterException: () => null,
      NotAuthorizedException: () => null,
    });
  }

  async resetPassword(email: string, code: string, password: string): Promise<void> {
    await call(
      () => this.cognito.send(new ConfirmForgotPasswordCommand({ ClientId: this.clientId, Username: email, ConfirmationCode: code, Password: password })),
      {
        CodeMismatchException: WRONG_CODE,
        ExpiredCodeException: WRONG_CODE,
        UserNotFoundException: WRONG_CODE,
        InvalidPasswordException: () => new BadRequestError('password: does not meet the password policy', 'ValidationError'),
      },
    );
  }

  async startTotpSetup(accessToken: string): Promise<string> {
    const result = await this.cognito.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
    if (!result.SecretCode) throw new Error('Cognito returned no TOTP secret');
    return result.SecretCode;
  }

  async verifyTotpAndEnable(accessToken: string, code: string): Promise<void> {
    const result = await call(() => this.cognito.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code })), {
      CodeMismatchException: WRONG_CODE,
      EnableSoftwareTokenMFAException: WRONG_CODE,
      InvalidParameterException: () => new BadRequestError('Start the authenticator setup first', 'MfaSetupNotStarted'),
    });
    if (result?.Status !== 'SUCCESS') throw WRONG_CODE();
    await this.cognito.send(
      new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }),
    );
  }

  async disableTotp(accessToken: string): Promise<void> {
    await this.cognito.send(
      new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false } }),
    );
  }

  async isTotpEnabled(accessToken: string): Promise<boolean> {
    const user = await this.cognito.send(new GetUserCommand({ AccessToken: accessToken }));
    return (user.UserMFASettingList ?? []).includes('SOFTWARE_TOKEN_MFA');
  }

  /** The same, read through the admin API: for a caller who proved itself with an ID token. */
  async isTotpEnabledFor(email: string): Promise<boolean> {
    const user = await this.cognito.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: email }));
    return (user.UserMFASettingList ?? []).includes('SOFTWARE_TOKEN_MFA');
  }

  async updateName(accessToken: string, name: string): Promise<void> {
    await this.cognito.send(new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: [{ Name: 'name', Value: name }] }));
  }

  /** The pool's record of an account (admin API; used right after confirmation). */
  async profile(email: string): Promise<CognitoProfile> {
    const user = await this.cognito.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: email }));
    const attribute = (name: string) => user.UserAttributes?.find((a) => a.Name === name)?.Value;
    const userId = attribute('sub') ?? user.Username;
    if (!userId) throw new Error('Cognito returned a user without sub');
    return { userId, email: attribute('email') ?? email, name: attribute('name') ?? '' };
  }
}
