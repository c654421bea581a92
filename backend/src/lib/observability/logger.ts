import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The backend's one logger (Powertools): JSON lines that carry the request id, cold start and
 * function name once a Lambda entry has added its context; indented for reading locally, where
 * the local stack sets POWERTOOLS_DEV.
 */
export const logger = new Logger({ serviceName: 'lessonstage' });
