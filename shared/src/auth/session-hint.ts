/**
 * A cookie the web app may read, holding no token: "this browser signed in and may still have a
 * session". Without it the app skips GET /auth/me and the refresh on start-up, which for an
 * anonymous visitor can only fail (two 401s on every first page load).
 */
export const SESSION_HINT_COOKIE = 'ls_session';
