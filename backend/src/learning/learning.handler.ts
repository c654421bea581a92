import { createDomainHandler } from '../lib/lambda-handler';

export const handler = createDomainHandler('learning');
