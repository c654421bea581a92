import { DEFAULT_UPLOAD_TUNING } from '../../authoring/upload-policy';
import type { AppConfig } from '../config';
import type { ApiDeps } from './api-env';

export type ApiSettings = Pick<ApiDeps, 'auth' | 'uploads' | 'appOrigin' | 'mediaBaseUrl' | 'originVerifySecret'>;

/** The plain settings every function gets: no client, nothing to connect to. */
export function apiSettings(config: AppConfig): ApiSettings {
  return {
    auth: { secureCookies: config.auth.secureCookies, rateLimit: config.auth.rateLimit },
    uploads: config.uploads ?? DEFAULT_UPLOAD_TUNING,
    appOrigin: config.appOrigin,
    mediaBaseUrl: config.mediaBaseUrl,
    originVerifySecret: config.originVerifySecret,
  };
}
