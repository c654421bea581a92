import { handle } from 'hono/aws-lambda';
import { DOMAINS } from '../domains';
import { loadConfig } from './config';
import { createDeps } from './create-deps';
import { createApi } from './http/create-api';

/** The Lambda entry of one domain: its router alone, configuration checked once per cold start. */
export function createDomainHandler(name: string): ReturnType<typeof handle> {
  const domain = DOMAINS.find((d) => d.name === name);
  if (!domain) throw new Error(`Unknown domain ${name}`);
  return handle(createApi(createDeps(loadConfig()), [domain]));
}
