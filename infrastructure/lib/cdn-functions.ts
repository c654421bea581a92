/**
 * Source of the CloudFront Functions (cloudfront-js-2.0, viewer request). Kept as plain strings of
 * ES5-style JavaScript so the tests can run exactly the code CloudFront runs.
 */

/** The backend's access-token cookie (backend/src/auth/session-cookies.ts, ACCESS_COOKIE). */
export const ACCESS_COOKIE = 'ls_access';

/** Header the HTTP API's JWT authorizer reads its token from (set by API_TOKEN_FUNCTION only). */
export const AUTHORIZER_TOKEN_HEADER = 'x-lessonstage-token';

/**
 * SPA fallback on the site behaviour only: a path whose last segment has no file extension is an
 * Angular route, so it is served /index.html. Unlike distribution-wide error responses this never
 * touches /api/* (a JSON 404 from the API stays a 404).
 */
export const SPA_REWRITE_FUNCTION = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}`;

/**
 * Public media: /media/public/thumbnails/x.svg is the object public/thumbnails/x.svg of the
 * content bucket. An origin path can only add a prefix, so the /media prefix is stripped here.
 */
export const MEDIA_PREFIX_FUNCTION = `function handler(event) {
  var request = event.request;
  if (request.uri.indexOf('/media/') === 0) {
    request.uri = request.uri.substring('/media'.length);
  }
  return request;
}`;

/**
 * /api/*: hands the caller's access token to the JWT authorizer. Browsers send it in the httpOnly
 * ACCESS_COOKIE, other clients as a Bearer header; the authorizer reads AUTHORIZER_TOKEN_HEADER,
 * which is always overwritten here so a client cannot smuggle its own. Authorization is not
 * synthesized from the cookie on purpose: the backend skips its CSRF check for Bearer requests.
 */
export const API_TOKEN_FUNCTION = `function handler(event) {
  var request = event.request;
  var headers = request.headers;
  var auth = headers.authorization ? headers.authorization.value : '';
  var cookie = request.cookies['${ACCESS_COOKIE}'];
  var token = '';
  if (auth.indexOf('Bearer ') === 0) {
    token = auth.substring(7).trim();
  } else if (cookie) {
    token = cookie.value;
  }
  delete headers['${AUTHORIZER_TOKEN_HEADER}'];
  if (token) {
    headers['${AUTHORIZER_TOKEN_HEADER}'] = { value: token };
  }
  return request;
}`;
