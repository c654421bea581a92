import * as z from '../validation/zod';

/** A short-lived signed link to a lesson's video or material. */
export const signedLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });
export type SignedLink = z.infer<typeof signedLinkSchema>;
