import type { AuthUser, MfaChallenge, Session } from '@lessonstage/shared';

export function aUser(overrides: Partial<AuthUser> = {}): AuthUser {
  return {
    userId: 'user-1',
    email: 'ann@example.com',
    name: 'Ann Student',
    role: 'student',
    mfaEnabled: false,
    ...overrides,
  };
}

export function anAdmin(overrides: Partial<AuthUser> = {}): AuthUser {
  return aUser({ userId: 'admin-1', email: 'admin@lessonstage.local', name: 'Ada Admin', role: 'admin', ...overrides });
}

export function aSession(user: AuthUser = aUser()): Session {
  return { accessToken: 'access', idToken: 'id', refreshToken: 'refresh', expiresIn: 3600, user };
}

export function anMfaChallenge(session = 'mfa-session-1'): MfaChallenge {
  return { challenge: 'SOFTWARE_TOKEN_MFA', session };
}

export const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' } as const;
export const unauthorizedBody = (code = 'Unauthorized') => ({ error: 'Sign-in required', code });
