import { Hono, type Context } from 'hono';
import {
  confirmRequestSchema,
  emailOnlyRequestSchema,
  mfaChallengeRequestSchema,
  mfaCodeRequestSchema,
  refreshRequestSchema,
  resetRequestSchema,
  signInRequestSchema,
  signUpRequestSchema,
  updateProfileRequestSchema,
  type AuthUser,
  type MfaChallenge,
  type MfaSetup,
  type Session,
} from '@lessonstage/shared';
import type { AuthEnv } from './auth.deps';
import { clientIp } from '../lib/http/client-ip';
import { UnauthorizedError } from '../lib/http/http-errors';
import { parseJsonBody } from '../lib/http/validate';
import type { UserRecord } from '../users/user.record';
import { requireUser } from './auth.middleware';
import type { AuthTokens } from './cognito-auth.gateway';
import { decodeMfaSession, encodeMfaSession } from './mfa-session';
import { clearSessionCookies, readRefreshCookie, setSessionCookies } from './session-cookies';
import type { Principal } from '../lib/http/principal';
import { otpauthUri, qrCodeDataUrl } from './totp-qr-code';

type AuthContext = Context<AuthEnv>;

/** Counts the request against the caller's IP and, when known, the account it is about. */
async function limitAttempts(c: AuthContext, email?: string): Promise<void> {
  const { rateLimiter, auth } = c.get('deps');
  const { perIp, perAccount, windowSeconds } = auth.rateLimit;
  await rateLimiter.hit(`auth-ip#${clientIp(c)}`, perIp, windowSeconds);
  if (email) await rateLimiter.hit(`auth-account#${email}`, perAccount, windowSeconds);
}

/**
 * The user row is written at confirmation; this also repairs a row lost to a failure between
 * Cognito's confirmation and our write (the write is idempotent), and keeps the role current.
 */
async function ensureUserRow(c: AuthContext, principal: Principal, email: string): Promise<UserRecord> {
  const { users, cognito } = c.get('deps');
  let user = await users.get(principal.userId);
  if (!user) {
    const profile = await cognito.profile(email);
    user = { userId: profile.userId, email: profile.email, name: profile.name, role: principal.role, createdAt: new Date().toISOString() };
    await users.createIfAbsent(user);
  } else if (user.role !== principal.role) {
    await users.setRole(user.userId, principal.role);
    user = { ...user, role: principal.role };
  }
  return user;
}

async function startSession(c: AuthContext, tokens: AuthTokens, email: string): Promise<Session> {
  const { tokens: verifier, cognito, auth } = c.get('deps');
  const principal = await verifier.verifyAccessToken(tokens.accessToken);
  const user = await ensureUserRow(c, principal, email);
  setSessionCookies(c, tokens, auth.secureCookies);
  return { ...tokens, user: toAuthUser(user, principal, await cognito.isTotpEnabled(tokens.accessToken)) };
}

function toAuthUser(user: UserRecord, principal: Principal, mfaEnabled: boolean): AuthUser {
  return { userId: user.userId, email: user.email, name: user.name, role: principal.role, mfaEnabled };
}

/** Cognito takes only an access token for changes made on the user's behalf: an ID token cannot make them. */
function accessTokenOf(principal: Principal): string {
  if (!principal.accessToken) {
    throw new UnauthorizedError('This needs the access token (accessToken from sign-in) as Bearer, not the ID token', 'AccessTokenRequired');
  }
  return principal.accessToken;
}

/** Asked with the caller's access token when there is one, else through the admin API (an ID token proved the caller). */
function mfaEnabled(c: AuthContext, principal: Principal, user: UserRecord): Promise<boolean> {
  const { cognito } = c.get('deps');
  return principal.accessToken ? cognito.isTotpEnabled(principal.accessToken) : cognito.isTotpEnabledFor(user.email);
}

async function currentUser(c: AuthContext): Promise<{ principal: Principal; user: UserRecord }> {
  const principal = c.get('principal');
  if (!principal) throw new UnauthorizedError();
  const user = await c.get('deps').users.get(principal.userId);
  if (!user) throw new UnauthorizedError('Unknown account', 'UnknownAccount');
  return { principal, user };
}

export const authRoutes = new Hono<AuthEnv>()
  .post('/auth/signup', async (c) => {
    const { email, password, name } = await parseJsonBody(c, signUpRequestSchema);
    await limitAttempts(c, email);
    await c.get('deps').cognito.signUp(email, password, name);
    return c.json({ email, confirmed: false }, 201);
  })
  .post('/auth/confirm', async (c) => {
    const { email, code } = await parseJsonBody(c, confirmRequestSchema);
    await limitAttempts(c, email);
    const { cognito, users } = c.get('deps');
    await cognito.confirmSignUp(email, code);
    const profile = await cognito.profile(email);
    await users.createIfAbsent({ ...profile, role: 'student', createdAt: new Date().toISOString() });
    return c.json({ email, confirmed: true });
  })
  .post('/auth/resend', async (c) => {
    const { email } = await parseJsonBody(c, emailOnlyRequestSchema);
    await limitAttempts(c, email);
    await c.get('deps').cognito.resendConfirmation(email);
    return c.json({ sent: true });
  })
  .post('/auth/signin', async (c) => {
    const { email, password } = await parseJsonBody(c, signInRequestSchema);
    await limitAttempts(c, email);
    const result = await c.get('deps').cognito.signIn(email, password);
    if (result.kind === 'mfa') {
      return c.json<MfaChallenge>({ challenge: 'SOFTWARE_TOKEN_MFA', session: encodeMfaSession(email, result.session) });
    }
    return c.json<Session>(await startSession(c, result.tokens, email));
  })
  .post('/auth/mfa', async (c) => {
    const { session, code } = await parseJsonBody(c, mfaChallengeRequestSchema);
    const challenge = decodeMfaSession(session);
    await limitAttempts(c, challenge.email);
    const tokens = await c.get('deps').cognito.answerMfa(challenge.email, challenge.session, code);
    return c.json<Session>(await startSession(c, tokens, challenge.email));
  })
  .post('/auth/refresh', async (c) => {
    const { refreshToken: fromBody } = await parseJsonBody(c, refreshRequestSchema);
    const refreshToken = fromBody ?? readRefreshCookie(c);
    if (!refreshToken) throw new UnauthorizedError('No session to refresh', 'NoSession');
    const { cognito, tokens: verifier, users, auth } = c.get('deps');
    const tokens = await cognito.refresh(refreshToken);
    const principal = await verifier.verifyAccessToken(tokens.accessToken);
    const user = await users.get(principal.userId);
    if (!user) throw new UnauthorizedError('Unknown account', 'UnknownAccount');
    setSessionCookies(c, tokens, auth.secureCookies);
    return c.json<Session>({ ...tokens, user: toAuthUser(user, principal, await cognito.isTotpEnabled(tokens.accessToken)) });
  })
  .post('/auth/signout', async (c) => {
    const { refreshToken: fromBody } = await parseJsonBody(c, refreshRequestSchema).catch(() => ({ refreshToken: undefined }));
    const refreshToken = fromBody ?? readRefreshCookie(c);
    const { cognito, auth } = c.get('deps');
    if (refreshToken) await cognito.revoke(refreshToken);
    clearSessionCookies(c, auth.secureCookies);
    return c.json({ signedOut: true });
  })
  .get('/auth/me', requireUser, async (c) => {
    const { principal, user } = await currentUser(c);
    return c.json<AuthUser>(toAuthUser(user, principal, await mfaEnabled(c, principal, user)));
  })
  .patch('/auth/me', requireUser, async (c) => {
    const { name } = await parseJsonBody(c, updateProfileRequestSchema);
    const { principal, user } = await currentUser(c);
    const { cognito, users } = c.get('deps');
    const accessToken = accessTokenOf(principal);
    await cognito.updateName(accessToken, name);
    await users.updateName(user.userId, name);
    return c.json<AuthUser>(toAuthUser({ ...user, name }, principal, await cognito.isTotpEnabled(accessToken)));
  })
  .post('/auth/forgot', async (c) => {
    const { email } = await parseJsonBody(c, emailOnlyRequestSchema);
    await limitAttempts(c, email);
    await c.get('deps').cognito.forgotPassword(email);
    return c.json({ sent: true });
  })
  .post('/auth/reset', async (c) => {
    const { email, code, password } = await parseJsonBody(c, resetRequestSchema);
    await limitAttempts(c, email);
    await c.get('deps').cognito.resetPassword(email, code, password);
    return c.json({ reset: true });
  })
  .post('/auth/mfa/setup', requireUser, async (c) => {
    const { principal, user } = await currentUser(c);
    const secret = await c.get('deps').cognito.startTotpSetup(accessTokenOf(principal));
    const uri = otpauthUri(user.email, secret);
    return c.json<MfaSetup>({ secret, otpauthUri: uri, qrCodeDataUrl: qrCodeDataUrl(uri) });
  })
  .post('/auth/mfa/verify', requireUser, async (c) => {
    const { code } = await parseJsonBody(c, mfaCodeRequestSchema);
    const { principal } = await currentUser(c);
    await limitAttempts(c, principal.userId);
    await c.get('deps').cognito.verifyTotpAndEnable(accessTokenOf(principal), code);
    return c.json({ mfaEnabled: true });
  })
  .delete('/auth/mfa', requireUser, async (c) => {
    const { principal } = await currentUser(c);
    await c.get('deps').cognito.disableTotp(accessTokenOf(principal));
    return c.json({ mfaEnabled: false });
  });
