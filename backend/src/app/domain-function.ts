import type { Context } from 'aws-lambda';
import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { loadConfig, type AppConfig } from '../lib/config';
import type { SettingsSource } from '../lib/config-parameters';
import type { Domain } from '../lib/http/domain';
import type { DomainEnv } from '../lib/http/domain-env';
import { logger } from '../lib/observability/logger';
import { metrics } from '../lib/observability/metrics';
import { tracer } from '../lib/observability/tracer';
import { apiOptions, createApi } from './create-api';

/**
 * One Lambda function: a domain's router and what it builds for it. The factory must return the
 * domain's own deps type, so a function that forgets a client does not compile; each function
 * builds (and so bundles) only its own clients: the catalog never loads Stripe, Cognito or S3.
 */
export interface DomainFunction<Deps extends object> {
  readonly domain: Domain<Deps>;
  readonly deps: (config: AppConfig) => Deps;
}

export function createDomainApp<Deps extends object>(fn: DomainFunction<Deps>, config: AppConfig): Hono<DomainEnv<Deps>> {
  return createApi(apiOptions(config), fn.deps(config), [fn.domain]);
}

/** A Lambda entry as hono/aws-lambda makes it. */
export type LambdaHandler = ReturnType<typeof handle>;

/** The entry Lambda calls: hono's, with the full context the runtime passes. */
export type LambdaEntry = (event: Parameters<LambdaHandler>[0], context: Context) => ReturnType<LambdaHandler>;

/**
 * Runs one invocation inside the function's X-Ray subsegment, with the Lambda context (request
 * id, cold start, function name) on every log line, and publishes the metrics it recorded.
 */
async function observed<T>(context: Context, run: () => Promise<T>): Promise<T> {
  logger.addContext(context);
  const segment = tracer.getSegment();
  const subsegment = segment?.addNewSubsegment(`## ${context.functionName}`);
  if (subsegment) tracer.setSegment(subsegment);
  tracer.annotateColdStart();
  tracer.addServiceNameAnnotation();
  try {
    return await run();
  } catch (error) {
    tracer.addErrorAsMetadata(error as Error);
    throw error;
  } finally {
    if (segment && subsegment) {
      subsegment.close();
      tracer.setSegment(segment);
    }
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  }
}

const environmentOnly: SettingsSource = () => Promise.resolve(process.env);

/**
 * The Lambda entry: configuration read and clients built on the first event of a cold start. A
 * function whose routes use operator settings passes `parameterStoreSettings` (only its bundle
 * then carries the SSM client); the others read their environment.
 */
export function createDomainHandler<Deps extends object>(fn: DomainFunction<Deps>, settings: SettingsSource = environmentOnly): LambdaEntry {
  let lambda: LambdaHandler | undefined;
  return (event, context) =>
    observed(context, async () => {
      lambda ??= handle(createDomainApp(fn, loadConfig(await settings())));
      return lambda(event, context);
    });
}
