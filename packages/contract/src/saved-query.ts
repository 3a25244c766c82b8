// A saved query's source as an admin edits it. The header's rules and the EXPLAIN verdict are the
// server's (it parses and plans the text); the length cap is shared so the editor refuses early.
import { z } from 'zod';

/** A saved query's source (header and Cypher) is at most this long (characters). */
export const SAVED_QUERY_SOURCE_MAX = 20_000;

/** The editor's form: an issue's message is `required` or `tooLong`. */
export const savedQuerySourceSchema = z.object({
  source: z
    .string()
    .refine((source) => source.trim().length > 0, 'required')
    .refine((source) => source.length <= SAVED_QUERY_SOURCE_MAX, 'tooLong'),
});
export type SavedQuerySourceForm = z.input<typeof savedQuerySourceSchema>;
export type SavedQuerySourceProblem = 'required' | 'tooLong';
