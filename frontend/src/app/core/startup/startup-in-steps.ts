import { APP_BOOTSTRAP_LISTENER, EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { Router } from '@angular/router';

/** Resolves in a later task, so the browser can paint and handle input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Starts the app in three tasks instead of one (evaluating the script, rendering the shell, then
 * the first navigation and its page), so the browser can paint and answer input in between; one
 * long start-up task blocked a slow phone (figures: docs/decisions.md). The cost is a frame with
 * the shell and an empty page, which is what a visitor saw anyway while the page's data came.
 *
 * Pair with `provideRouter(routes, withDisabledInitialNavigation())`: the navigation starts here.
 */
export function provideStartupInSteps(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => nextTask()),
    {
      provide: APP_BOOTSTRAP_LISTENER,
      multi: true,
      useFactory: () => {
        const router = inject(Router);
        return () => void nextTask().then(() => router.initialNavigation());
      },
    },
  ]);
}
