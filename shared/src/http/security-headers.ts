/**
 * The one inline script the site runs: index.html's early fetch of the landing page's data (catalog, course, or a lesson's course and playback),
 * allowed by its hash (security-headers.test.ts recomputes it from frontend/src/index.html).
 */
export const INDEX_INLINE_SCRIPT_HASH = "'sha256-zeABDA2avtnvEeZkZCmR9MYKHo1bk1uwxRpuKzNscbQ='";

/**
 * The Content-Security-Policy of the site. Kept free of CDK imports so the local server can serve
 * the very same header. Angular's production build passes it as long as it emits no other inline
 * script (see README: critical-CSS inlining).
 */
const DIRECTIVES: readonly (readonly [name: string, sources: string])[] = [
  ['default-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['media-src', "'self' blob:"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['script-src', `'self' ${INDEX_INLINE_SCRIPT_HASH}`],
  ['connect-src', "'self'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
];

function render(extra: { readonly [directive: string]: string } = {}): string {
  return DIRECTIVES.map(([name, sources]) => `${name} ${sources}${extra[name] ? ` ${extra[name]}` : ''}`).join('; ');
}

/** The CSP as one string: everything from the site's own origin (the local stack serves exactly this). */
export const CONTENT_SECURITY_POLICY = render();

/**
 * The CSP with the content bucket's S3 origin added where the browser talks to S3 directly on AWS:
 * presigned uploads (connect-src) and presigned playback links (media-src); with S3 Transfer
 * Acceleration, uploads go to `uploadOrigin` (the bucket's accelerate endpoint) too. Locally
 * presigned URLs point at the site's own /storage, so the plain constant suffices there.
 */
export function contentSecurityPolicyWithStorage(storageOrigin: string, uploadOrigin?: string): string {
  return render({ 'connect-src': uploadOrigin ? `${storageOrigin} ${uploadOrigin}` : storageOrigin, 'media-src': storageOrigin });
}

/** HSTS lifetime: two years, as recommended for preload-eligible sites. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;
