import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { importJWK, SignJWT, type JWK } from 'jose';
import { apiErrorSchema, mfaSetupSchema, sessionSchema } from '@lessonstage/shared';
import { apiClient } from '../testing/api-client';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { totp } from '../testing/totp';
import { DEFAULT_ADMIN } from '../local/local-config';

const PASSWORD = 'Practice!123';
let counter = 0;
const newEmail = () => `student${++counter}-${Date.now()}@example.com`;

function latestCode(stack: TestStack, email: string): string {
  const text = stack.mailbox.list(email)[0]?.text ?? '';
  const code = /(\d{6})/.exec(text)?.[1];
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
}

describe('auth API against cognito-local and dynalite', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;

  async function signUpConfirmed(email = newEmail(), password = PASSWORD) {
    expect((await api.post('/api/auth/signup', { email, password, name: 'Student' })).status).toBe(201);
    expect((await api.post('/api/auth/confirm', { email, code: latestCode(stack, email) })).status).toBe(200);
    return email;
  }

  async function signIn(email: string, password = PASSWORD) {
    const response = await api.post('/api/auth/signin', { email, password });
    expect(response.status).toBe(200);
    return sessionSchema.parse(response.body);
  }

  beforeAll(async () => {
    stack = await startTestStack();
    api = apiClient(stack.url);
  });

  afterAll(() => stack.dispose());

  describe('sign-up', () => {
    it.each([
      ['Sh0rt!', 'must be at least 8 characters'],
      ['nouppercase1!', 'must contain an uppercase letter'],
      ['NOLOWERCASE1!', 'must contain a lowercase letter'],
      ['NoDigitsHere!', 'must contain a digit'],
      ['NoSymbols123', 'must contain a symbol'],
    ])('refuses %s: 400 naming the rule', async (password, rule) => {
      const response = await api.post('/api/auth/signup', { email: newEmail(), password, name: 'A' });
      expect(response.status).toBe(400);
      expect(apiErrorSchema.parse(response.body).error).toBe(`password: ${rule}`);
    });

    it('refuses bad fields and malformed JSON with 400s that name them', async () => {
      expect((await api.post('/api/auth/signup', { email: 'nope', password: PASSWORD, name: 'A' })).body.error).toMatch(/^email:/);
      expect((await api.post('/api/auth/signup', { email: newEmail(), password: PASSWORD })).body.error).toMatch(/^name:/);
      const raw = await fetch(`${stack.url}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
      expect(raw.status).toBe(400);
      expect(((await raw.json()) as { error: string }).error).toMatch(/^body:/);
    });

    it('answers 409 for an existing e-mail', async () => {
      const email = newEmail();
      expect((await api.post('/api/auth/signup', { email, password: PASSWORD, name: 'A' })).status).toBe(201);
      const again = await api.post('/api/auth/signup', { email, password: PASSWORD, name: 'B' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('UsernameExists');
    });

    it('confirms with the mailed code only, then writes the user row (found by e-mail)', async () => {
      const email = newEmail();
      await api.post('/api/auth/signup', { email, password: PASSWORD, name: 'Ada' });
      const wrong = await api.post('/api/auth/confirm', { email, code: '000000' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('CodeMismatch');

      // A resent code replaces the first one.
      const first = latestCode(stack, email);
      expect((await api.post('/api/auth/resend', { email })).status).toBe(200);
      const second = latestCode(stack, email);
      expect(stack.mailbox.list(email)).toHaveLength(2);
      expect((await api.post('/api/auth/confirm', { email, code: second })).status).toBe(200);
      expect(first).toMatch(/^\d{6}$/);

      const session = await signIn(email);
      expect(session.user).toMatchObject({ email, name: 'Ada', role: 'student', mfaEnabled: false });
    });

    it('resend for an unknown address says the same as for a known one', async () => {
      expect((await api.post('/api/auth/resend', { email: newEmail() })).body).toEqual({ sent: true });
    });
  });

  describe('sign-in', () => {
    it('tells an unconfirmed user to confirm (403 UserNotConfirmed)', async () => {
      const email = newEmail();
      await api.post('/api/auth/signup', { email, password: PASSWORD, name: 'A' });
      const response = await api.post('/api/auth/signin', { email, password: PASSWORD });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('UserNotConfirmed');
    });

    it('answers a wrong password and an unknown account identically (no enumeration)', async () => {
      const email = await signUpConfirmed();
      const wrongPassword = await api.post('/api/auth/signin', { email, password: 'Wrong!pass1' });
      const unknownUser = await api.post('/api/auth/signin', { email: newEmail(), password: 'Wrong!pass1' });
      expect(wrongPassword.status).toBe(401);
      expect(unknownUser.status).toBe(401);
      expect(wrongPassword.body).toEqual(unknownUser.body);
    });

    it('returns tokens and sets httpOnly session cookies', async () => {
      const email = await signUpConfirmed();
      const response = await api.post('/api/auth/signin', { email, password: PASSWORD });
      const session = sessionSchema.parse(response.body);
      expect(session.expiresIn).toBeGreaterThan(0);
      const cookies = response.headers.getSetCookie();
      expect(cookies.find((c) => c.startsWith('ls_access='))).toMatch(/HttpOnly/);
      expect(cookies.find((c) => c.startsWith('ls_refresh='))).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/);
      expect(cookies.join(';')).toMatch(/SameSite/);
      // The app's readable hint carries no token.
      expect(cookies.find((c) => c.startsWith('ls_session='))).toMatch(/^ls_session=1;/);
      expect(cookies.find((c) => c.startsWith('ls_session='))).not.toMatch(/HttpOnly/);

      const accessCookie = cookies.find((c) => c.startsWith('ls_access='))!.split(';')[0]!;
      const me = await api.request('GET', '/api/auth/me', { headers: { cookie: accessCookie } });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ email, role: 'student' });
    });

    it('refreshes, and sign-out revokes the refresh token', async () => {
      const email = await signUpConfirmed();
      const session = await signIn(email);
      const refreshed = await api.post('/api/auth/refresh', { refreshToken: session.refreshToken });
      expect(refreshed.status).toBe(200);
      expect(sessionSchema.parse(refreshed.body).user.email).toBe(email);

      const signedOut = await api.post('/api/auth/signout', { refreshToken: session.refreshToken }, session.accessToken);
      expect(signedOut.status).toBe(200);
      const cleared = signedOut.headers.getSetCookie();
      for (const name of ['ls_access', 'ls_refresh', 'ls_session']) expect(cleared.find((c) => c.startsWith(`${name}=`)), name).toMatch(/Max-Age=0/);
      const afterSignOut = await api.post('/api/auth/refresh', { refreshToken: session.refreshToken });
      expect(afterSignOut.status).toBe(401);
    });

    it('GET /api/auth/me without a session is 401', async () => {
      expect((await api.get('/api/auth/me')).status).toBe(401);
    });

    it('updates the name', async () => {
      const session = await signIn(await signUpConfirmed());
      const updated = await api.request('PATCH', '/api/auth/me', { body: { name: 'New Name' }, token: session.accessToken });
      expect(updated.status).toBe(200);
      expect((await api.get('/api/auth/me', session.accessToken)).body.name).toBe('New Name');
    });
  });

  describe('tokens', () => {
    const require = createRequire(import.meta.url);
    // cognito-local signs with a key that ships in the package, so tests can forge tokens of every kind.
    const privateJwk = JSON.parse(readFileSync(require.resolve('cognito-local/lib/keys/cognitoLocal.private.json'), 'utf8')).jwk as JWK;

    async function forge(claims: Record<string, unknown>, options: { expiresAt?: number; issuer?: string } = {}) {
      const key = await importJWK(privateJwk, 'RS256');
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ token_use: 'access', client_id: stack.userPool.clientId, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' })
        .setIssuer(options.issuer ?? stack.config.auth.issuer)
        .setSubject('forged-user')
        .setIssuedAt(now - 120)
        .setExpirationTime(options.expiresAt ?? now + 600)
        .sign(key);
    }

    /** An ID token as Cognito writes it: the app client is its audience, and it carries no client_id. */
    const forgeIdToken = (claims: Record<string, unknown> = {}, options: { expiresAt?: number; issuer?: string } = {}) =>
      forge({ token_use: 'id', client_id: undefined, aud: stack.userPool.clientId, email: 'forged@example.com', ...claims }, options);

    it('accepts a well-formed token (the forging itself works)', async () => {
      const admin = await signIn(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password);
      const token = await forge({ 'cognito:groups': ['admin'] });
      // forged-user has no row: authenticated, then unknown → 401 from /me, but the admin route passes auth
      const lookup = await api.get(`/api/admin/users/by-email?email=${encodeURIComponent(DEFAULT_ADMIN.email)}`, token);
      expect(lookup.status).toBe(200);
      expect(admin.user.role).toBe('admin');
    });

    it('accepts a well-formed ID token (so the id-token refusals below are about their one flaw)', async () => {
      const token = await forgeIdToken({ 'cognito:groups': ['admin'] });
      const lookup = await api.get(`/api/admin/users/by-email?email=${encodeURIComponent(DEFAULT_ADMIN.email)}`, token);
      expect(lookup.status).toBe(200);
    });

    it.each([
      ['expired', () => forge({}, { expiresAt: Math.floor(Date.now() / 1000) - 60 })],
      ['another issuer', () => forge({}, { issuer: 'http://127.0.0.1:1/local_other' })],
      ['another app client', () => forge({ client_id: 'someone-else' })],
      ['an access token naming the client only as aud', () => forge({ client_id: undefined, aud: stack.userPool.clientId })],
      ['an id token of another app client', () => forgeIdToken({ aud: 'someone-else' })],
      ['an id token naming the client only as client_id', () => forgeIdToken({ aud: undefined, client_id: stack.userPool.clientId })],
      ['an expired id token', () => forgeIdToken({}, { expiresAt: Math.floor(Date.now() / 1000) - 60 })],
      ['an id token of another issuer', () => forgeIdToken({}, { issuer: 'http://127.0.0.1:1/local_other' })],
      ['token_use refresh', () => forge({ token_use: 'refresh', aud: stack.userPool.clientId })],
      ['an unknown token_use', () => forge({ token_use: 'custom', aud: stack.userPool.clientId })],
      ['no token_use', () => forge({ token_use: undefined, aud: stack.userPool.clientId })],
      ['unsigned (alg none)', async () => {
        const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'x', token_use: 'access', client_id: stack.userPool.clientId, iss: stack.config.auth.issuer, exp: 9e9 })}.`;
      }],
      ['tampered', async () => {
        const [header, payload, signature] = (await forge({})).split('.');
        const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
        claims['cognito:groups'] = ['admin'];
        return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
      }],
      ['garbage', async () => 'not-a-jwt'],
    ])('refuses %s → 401', async (_name, token) => {
      const response = await api.get('/api/auth/me', await token());
      expect(response.status).toBe(401);
      // Refused as a token: forged-user has no row, so a token let through would be a 401 UnknownAccount.
      expect(['InvalidToken', 'TokenExpired']).toContain(apiErrorSchema.parse(response.body).code);
      expect(JSON.stringify(response.body)).not.toMatch(/stack|at .*\.ts/);
    });
  });

  describe('ID tokens as Bearer (as API Gateway\'s JWT authorizer takes them)', () => {
    it('the ID token from sign-in proves the same user as the access token', async () => {
      const email = await signUpConfirmed();
      const session = await signIn(email);
      const byAccess = await api.get('/api/auth/me', session.accessToken);
      const byId = await api.get('/api/auth/me', session.idToken);
      expect(byId.status).toBe(200);
      expect(byId.body).toEqual(byAccess.body);
      expect(byId.body).toMatchObject({ userId: session.user.userId, email, role: 'student', mfaEnabled: false });
      const courses = await api.get('/api/me/courses', session.idToken);
      expect(courses.status).toBe(200);
      expect(courses.body).toEqual({ items: [], nextCursor: null });
    });

    it('carries the admin group: an admin\'s ID token passes an admin route', async () => {
      const admin = await signIn(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password);
      const found = await api.get(`/api/admin/users/by-email?email=${encodeURIComponent(DEFAULT_ADMIN.email)}`, admin.idToken);
      expect(found.status).toBe(200);
      expect((await api.get('/api/auth/me', admin.idToken)).body).toMatchObject({ email: DEFAULT_ADMIN.email, role: 'admin' });
    });

    it('changes to the Cognito account need the access token: 401 that names it', async () => {
      const session = await signIn(await signUpConfirmed());
      for (const [method, path, body] of [
        ['PATCH', '/api/auth/me', { name: 'By Id Token' }],
        ['POST', '/api/auth/mfa/setup', {}],
        ['POST', '/api/auth/mfa/verify', { code: '123456' }],
        ['DELETE', '/api/auth/mfa', undefined],
      ] as const) {
        const response = await api.request(method, path, { body, token: session.idToken });
        expect(response.status, `${method} ${path}`).toBe(401);
        expect(response.body, `${method} ${path}`).toMatchObject({ code: 'AccessTokenRequired', error: expect.stringMatching(/access token/) });
      }
      expect((await api.get('/api/auth/me', session.accessToken)).body.name).toBe('Student');
    });

    it('a refresh token as Bearer → 401', async () => {
      const session = await signIn(await signUpConfirmed());
      expect(session.refreshToken).toBeTruthy();
      const response = await api.get('/api/auth/me', session.refreshToken);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'InvalidToken' });
    });
  });

  describe('roles', () => {
    const path = `/api/admin/users/by-email?email=${encodeURIComponent(DEFAULT_ADMIN.email)}`;

    it('admin route: anonymous 401, student 403, admin 200 (look-up through the byEmail index)', async () => {
      const student = await signIn(await signUpConfirmed());
      const admin = await signIn(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password);
      expect((await api.get(path)).status).toBe(401);
      expect((await api.get(path, student.accessToken)).status).toBe(403);
      const found = await api.get(path, admin.accessToken);
      expect(found.status).toBe(200);
      expect(found.body).toMatchObject({ email: DEFAULT_ADMIN.email, role: 'admin' });
      expect((await api.get('/api/admin/users/by-email?email=bad', admin.accessToken)).status).toBe(400);
    });
  });

  describe('MFA', () => {
    it('sets up TOTP, then sign-in needs a code computed from the secret', async () => {
      const email = await signUpConfirmed();
      const session = await signIn(email);
      const setup = mfaSetupSchema.parse((await api.post('/api/auth/mfa/setup', {}, session.accessToken)).body);
      expect(setup.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(setup.otpauthUri).toContain(encodeURIComponent(email));
      expect((await api.post('/api/auth/mfa/verify', { code: '000000' }, session.accessToken)).status).toBe(400);
      expect((await api.post('/api/auth/mfa/verify', { code: totp(setup.secret) }, session.accessToken)).status).toBe(200);
      expect((await api.get('/api/auth/me', session.accessToken)).body.mfaEnabled).toBe(true);
      // Asked through the admin API when the caller sent its ID token.
      expect((await api.get('/api/auth/me', session.idToken)).body.mfaEnabled).toBe(true);

      const challenge = await api.post('/api/auth/signin', { email, password: PASSWORD });
      expect(challenge.body).toMatchObject({ challenge: 'SOFTWARE_TOKEN_MFA' });
      const wrong = await api.post('/api/auth/mfa', { session: challenge.body.session, code: '000000' });
      expect(wrong.status).toBe(400);
      const done = await api.post('/api/auth/mfa', { session: challenge.body.session, code: totp(setup.secret) });
      expect(done.status).toBe(200);
      const mfaSession = sessionSchema.parse(done.body);
      expect(mfaSession.user.mfaEnabled).toBe(true);

      expect((await api.request('DELETE', '/api/auth/mfa', { token: mfaSession.accessToken })).body).toEqual({ mfaEnabled: false });
      expect(sessionSchema.safeParse((await api.post('/api/auth/signin', { email, password: PASSWORD })).body).success).toBe(true);
    });
  });

  describe('password reset', () => {
    it('resets with the mailed code; unknown addresses get the same answer', async () => {
      const email = await signUpConfirmed();
      expect((await api.post('/api/auth/forgot', { email: newEmail() })).body).toEqual({ sent: true });
      expect((await api.post('/api/auth/forgot', { email })).body).toEqual({ sent: true });
      const code = latestCode(stack, email);
      // Each mail says what it is for: the sign-up code and the reset code differ in subject.
      expect(stack.mailbox.list(email).map((mail) => mail.subject)).toEqual(['Reset your Lessonstage password', 'Confirm your Lessonstage account']);
      expect(stack.mailbox.list(email)[0]!.text).toContain(`reset your Lessonstage password is ${code}`);
      expect((await api.post('/api/auth/reset', { email, code, password: 'weak' })).status).toBe(400);
      expect((await api.post('/api/auth/reset', { email, code: '000000', password: 'Another!Pass9' })).status).toBe(400);
      expect((await api.post('/api/auth/reset', { email, code, password: 'Another!Pass9' })).status).toBe(200);
      await signIn(email, 'Another!Pass9');
    });
  });

  describe('CSRF', () => {
    it('a cookie-authenticated state change needs the X-XSRF-TOKEN header matching the cookie', async () => {
      const email = await signUpConfirmed();
      const response = await api.post('/api/auth/signin', { email, password: PASSWORD });
      const cookies = response.headers.getSetCookie().filter((c) => c.startsWith('ls_')).map((c) => c.split(';')[0]!);
      const xsrf = response.headers.getSetCookie().find((c) => c.startsWith('XSRF-TOKEN='))!.split(';')[0]!;
      const cookie = [...cookies, xsrf].join('; ');
      const token = xsrf.split('=')[1]!;

      const forged = await api.request('PATCH', '/api/auth/me', { body: { name: 'Evil' }, headers: { cookie } });
      expect(forged.status).toBe(403);
      expect(forged.body.code).toBe('CsrfTokenMismatch');
      const wrong = await api.request('PATCH', '/api/auth/me', { body: { name: 'Evil' }, headers: { cookie, 'x-xsrf-token': 'nope' } });
      expect(wrong.status).toBe(403);
      const good = await api.request('PATCH', '/api/auth/me', { body: { name: 'Fine' }, headers: { cookie, 'x-xsrf-token': token } });
      expect(good.status).toBe(200);
    });

    it('hands the XSRF cookie to sessions, not to anonymous reads', async () => {
      expect((await api.get('/api/courses')).headers.getSetCookie()).toEqual([]);
      expect((await api.get('/api/health')).headers.getSetCookie()).toEqual([]);

      const email = await signUpConfirmed();
      const signIn = await api.post('/api/auth/signin', { email, password: PASSWORD });
      const session = signIn.headers.getSetCookie().filter((c) => c.startsWith('ls_')).map((c) => c.split(';')[0]!).join('; ');
      expect(signIn.headers.getSetCookie().some((c) => c.startsWith('XSRF-TOKEN='))).toBe(true);
      // A session whose XSRF cookie is gone gets a new one with its next read.
      const read = await api.request('GET', '/api/courses', { headers: { cookie: session } });
      expect(read.headers.getSetCookie().some((c) => c.startsWith('XSRF-TOKEN='))).toBe(true);
    });
  });

  describe('dev mailbox', () => {
    it('lists the mail to an address, newest first, with the code in the text', async () => {
      const email = newEmail();
      await api.post('/api/auth/signup', { email, password: PASSWORD, name: 'A' });
      await api.post('/api/auth/resend', { email });
      const messages = await api.get<{ to: string; text: string; sentAt: string }[]>(`/api/dev/mailbox?to=${encodeURIComponent(email)}`);
      expect(messages.status).toBe(200);
      expect(messages.body).toHaveLength(2);
      expect(messages.body[0]!.to).toBe(email);
      expect(messages.body[0]!.text).toMatch(/\d{6}/);
      expect(messages.body[0]!.sentAt >= messages.body[1]!.sentAt).toBe(true);
    });
  });
});

describe('auth rate limits', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    stack = await startTestStack({ rateLimit: { perIp: 8, perAccount: 3, windowSeconds: 300 } });
    api = apiClient(stack.url);
  });

  afterAll(() => stack.dispose());

  it('limits attempts per account, then per IP, with 429 and Retry-After', async () => {
    const email = newEmail();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.post('/api/auth/signin', { email, password: 'Wrong!pass1' })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await api.post('/api/auth/signin', { email, password: 'Wrong!pass1' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.code).toBe('TooManyRequests');

    // Other accounts from the same address run into the per-IP limit (8 in the window).
    const more: number[] = [];
    for (let i = 0; i < 4; i++) more.push((await api.post('/api/auth/signin', { email: newEmail(), password: 'Wrong!pass1' })).status);
    expect(more).toEqual([401, 401, 401, 429]);
  });
});
