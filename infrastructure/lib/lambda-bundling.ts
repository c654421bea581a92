/**
 * How every API function is bundled: by the CDK stack (domain-function.construct.ts) and by the
 * bundle-size benchmark (bench/bundles.bench.ts), so the figures are those of what deploys.
 * Plain values, no CDK types: the benchmark imports them too.
 */

/**
 * ES modules, with packages' `module` entry first: the AWS SDK's ES build lets esbuild drop what a
 * function does not call, while its CommonJS build is one file per package (measured 2026-12-01,
 * courses: 686 KB as CommonJS, 487 KB as ESM).
 */
export const LAMBDA_MAIN_FIELDS = ['module', 'main'];

/**
 * Bundled CommonJS packages may `require()` Node's built-ins, which an ES module has no
 * `require` for; this gives the bundle one.
 */
export const LAMBDA_ESM_BANNER = "import { createRequire as __lessonstageRequire } from 'node:module'; const require = __lessonstageRequire(import.meta.url);";

/**
 * The SDK's default credential chain tries the environment first, and Lambda always puts the
 * function role's credentials there, so the later links (profiles, SSO, web identity, container
 * and instance metadata) never load on Lambda. They are imported lazily, so leaving them out of
 * the bundle only removes dead code: 128 KB from every function with an SDK client (courses
 * 487 → 358 KB). Outside Lambda, without AWS_ACCESS_KEY_ID set, a bundle would fail to find them.
 */
export const LAMBDA_UNUSED_CREDENTIAL_PROVIDERS = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
];
