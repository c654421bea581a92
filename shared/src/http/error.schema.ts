import * as z from '../validation/zod';

/** Every non-2xx answer of the API has this body. `code` is a stable machine-readable reason. */
export const apiErrorSchema = z.object({
  error: z.string(),
  code: z.optional(z.string()),
});

export type ApiError = z.infer<typeof apiErrorSchema>;
