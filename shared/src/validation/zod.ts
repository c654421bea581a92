import { config } from 'zod/mini';
import { en } from 'zod/locales';

/*
 * The project's one zod: Zod Mini, the build whose unused parts a bundler can drop (36 KB in each
 * Lambda bundle where classic zod took 94 KB: docs/decisions.md). Mini carries no messages of its
 * own, so the English ones are loaded here, once, before any schema parses: a 400 names its field
 * and says what was wrong. Import it as a namespace (`import * as z`): re-exported one by one,
 * what a module does not use stays out of its bundle.
 */
config(en());

export * from 'zod/mini';
