import { Tracer } from '@aws-lambda-powertools/tracer';

/** X-Ray tracing (Powertools). It switches itself off outside Lambda, so locally it costs nothing. */
export const tracer = new Tracer({ serviceName: 'lessonstage' });
