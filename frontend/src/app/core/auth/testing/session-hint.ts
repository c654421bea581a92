import { SESSION_HINT_COOKIE } from '@lessonstage/shared/session-hint';

/** What the API's sign-in leaves in the browser: the cookie that makes the app check its session. */
export function setSessionHint(): void {
  document.cookie = `${SESSION_HINT_COOKIE}=1; Path=/`;
}

export function clearSessionHint(): void {
  document.cookie = `${SESSION_HINT_COOKIE}=; Max-Age=0; Path=/`;
}
