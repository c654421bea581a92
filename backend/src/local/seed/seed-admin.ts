import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  SignUpCommand,
  UserNotFoundException,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { UsersRepository } from '../../users/users.repository';

/**
 * Makes sure a confirmed account with this e-mail and password exists in the local user pool and
 * returns its user id (the Cognito `sub`). Each step is idempotent, so a start interrupted half-way
 * is finished by the next.
 */
export async function ensureConfirmedAccount(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
  account: { email: string; password: string; name: string },
): Promise<string> {
  const email = account.email.toLowerCase();
  const existing = await cognito.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: email })).catch((error: unknown) => {
    if (error instanceof UserNotFoundException || (error as { name?: string }).name === 'UserNotFoundException') return undefined;
    throw error;
  });
  if (!existing) {
    await cognito.send(
      new SignUpCommand({
        ClientId: clientId,
        Username: email,
        Password: account.password,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'name', Value: account.name },
        ],
      }),
    );
  }
  if (existing?.UserStatus !== 'CONFIRMED') {
    await cognito.send(new AdminConfirmSignUpCommand({ UserPoolId: userPoolId, Username: email }));
  }
  const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: email }));
  return user.UserAttributes?.find((a) => a.Name === 'sub')?.Value ?? user.Username!;
}

/** Makes sure the local administrator exists, is confirmed, is in the `admin` group and has a user row; answers its user id. */
export async function seedAdmin(
  cognito: CognitoIdentityProviderClient,
  users: UsersRepository,
  userPoolId: string,
  clientId: string,
  admin: { email: string; password: string },
): Promise<string> {
  const email = admin.email.toLowerCase();
  const userId = await ensureConfirmedAccount(cognito, userPoolId, clientId, { ...admin, name: 'Site admin' });
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: email, GroupName: 'admin' }));
  await users.createIfAbsent({ userId, email, name: 'Site admin', role: 'admin', createdAt: new Date().toISOString() });
  await users.setRole(userId, 'admin');
  return userId;
}
