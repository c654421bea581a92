import * as z from '../validation/zod';
import { passwordPolicyViolation } from './password-policy';

export const ROLES = ['admin', 'student'] as const;
export type Role = (typeof ROLES)[number];

const email = z.pipe(
  z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, 'must be at most 254 characters')),
  z.email({ error: 'must be a valid e-mail address' }),
);

const newPassword = z.string().check(
  z.maxLength(256, 'must be at most 256 characters'),
  z.superRefine((password, ctx) => {
    const violation = passwordPolicyViolation(password);
    if (violation) ctx.addIssue({ code: 'custom', message: violation });
  }),
);

/** An existing password is not re-checked against today's policy; only its size is bounded. */
const currentPassword = z.string().check(z.minLength(1, 'is required'), z.maxLength(256, 'must be at most 256 characters'));
const code = z.string().check(z.trim(), z.regex(/^\d{6}$/, 'must be the 6-digit code'));

export const signUpRequestSchema = z.object({
  email,
  password: newPassword,
  name: z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(100, 'must be at most 100 characters')),
});
export const confirmRequestSchema = z.object({ email, code });
export const emailOnlyRequestSchema = z.object({ email });
export const signInRequestSchema = z.object({ email, password: currentPassword });
export const mfaChallengeRequestSchema = z.object({ session: z.string().check(z.minLength(1, 'is required'), z.maxLength(4096)), code });
export const resetRequestSchema = z.object({ email, code, password: newPassword });
export const mfaCodeRequestSchema = z.object({ code });
export const refreshRequestSchema = z.object({ refreshToken: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))) });
export const updateProfileRequestSchema = z.object({ name: signUpRequestSchema.shape.name });

export const authUserSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  mfaEnabled: z.boolean(),
});

export const sessionSchema = z.object({
  accessToken: z.string(),
  idToken: z.string(),
  refreshToken: z.optional(z.string()),
  expiresIn: z.number(),
  user: authUserSchema,
});

export const mfaChallengeSchema = z.object({ challenge: z.literal('SOFTWARE_TOKEN_MFA'), session: z.string() });

export const mfaSetupSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth URI as an SVG QR code (a data: URL), drawn by the server to keep the app small. */
  qrCodeDataUrl: z.string(),
});

export const mailboxMessageSchema = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.optional(z.string()),
  headers: z.optional(z.record(z.string(), z.string())),
  sentAt: z.string(),
});

export type SignUpRequest = z.input<typeof signUpRequestSchema>;
export type SignInRequest = z.input<typeof signInRequestSchema>;
export type AuthUser = z.infer<typeof authUserSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type MfaChallenge = z.infer<typeof mfaChallengeSchema>;
export type SignInResponse = Session | MfaChallenge;
export type MfaSetup = z.infer<typeof mfaSetupSchema>;
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>;
