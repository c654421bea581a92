/**
 * The user pool's password policy, checked by the API as well because the local Cognito server
 * does not enforce it. The messages name the rule that failed.
 */
export const PASSWORD_RULES: readonly { readonly test: (password: string) => boolean; readonly message: string }[] = [
  { test: (p) => p.length >= 8, message: 'must be at least 8 characters' },
  { test: (p) => /[A-Z]/.test(p), message: 'must contain an uppercase letter' },
  { test: (p) => /[a-z]/.test(p), message: 'must contain a lowercase letter' },
  { test: (p) => /[0-9]/.test(p), message: 'must contain a digit' },
  { test: (p) => /[^A-Za-z0-9\s]/.test(p), message: 'must contain a symbol' },
];

/** The first rule the password breaks, or null when it satisfies the policy. */
export function passwordPolicyViolation(password: string): string | null {
  return PASSWORD_RULES.find((rule) => !rule.test(password))?.message ?? null;
}
