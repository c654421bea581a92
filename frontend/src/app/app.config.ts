import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withDisabledInitialNavigation,
  withInMemoryScrolling,
} from '@angular/router';

import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { earlyFetchInterceptor } from './core/http/early-fetch.interceptor';
import { AuthStore } from './core/auth/auth.store';
import { PageTitleStrategy } from './core/routing/page-title-strategy';
import { provideStartupInSteps } from './core/startup/startup-in-steps';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(
      withFetch(),
      // The API's double-submit CSRF check: the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN on
      // same-origin POST/PUT/PATCH/DELETE (the defaults, spelled out because the API relies on them).
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([earlyFetchInterceptor, authInterceptor]),
    ),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
      // provideStartupInSteps starts it, a task after the shell's first render.
      withDisabledInitialNavigation(),
    ),
    provideStartupInSteps(),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    // Starts the session check without holding up the first render: public pages show at once,
    // the toolbar waits for the answer, and guarded routes await it (see authGuard).
    provideAppInitializer(() => {
      void inject(AuthStore).restore();
    }),
  ],
};
