import { ApplicationRef, ChangeDetectionStrategy, Component } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, Router, RouterOutlet, withDisabledInitialNavigation } from '@angular/router';

import { nextTask, provideStartupInSteps } from './startup-in-steps';

@Component({ selector: 'app-test-page', template: '<p data-testid="page">Page</p>', changeDetection: ChangeDetectionStrategy.OnPush })
class TestPage {}

@Component({
  selector: 'app-test-root',
  imports: [RouterOutlet],
  template: '<p data-testid="shell">Shell</p><router-outlet />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestRoot {}

describe('provideStartupInSteps', () => {
  let app: ApplicationRef | undefined;

  beforeEach(() => document.body.appendChild(document.createElement('app-test-root')));
  afterEach(() => {
    app?.destroy();
    document.body.querySelector('app-test-root')?.remove();
  });

  const byTestId = (id: string) => document.body.querySelector(`[data-testid="${id}"]`);

  it('renders the shell a task after start, and navigates a task after that', async () => {
    const bootstrapping = bootstrapApplication(TestRoot, {
      providers: [provideRouter([{ path: '**', component: TestPage }], withDisabledInitialNavigation()), provideStartupInSteps()],
    });
    // Without the initializer's task, bootstrapping would be done (shell rendered) before any
    // timer set now could run.
    const shellBeforeNextTask = new Promise<boolean>((resolve) => setTimeout(() => resolve(byTestId('shell') !== null)));
    expect(await shellBeforeNextTask).toBe(false);

    app = await bootstrapping;
    await app.whenStable();
    expect(byTestId('shell')).not.toBeNull();
    expect(app.injector.get(Router).navigated).toBe(false);
    expect(byTestId('page')).toBeNull();

    await nextTask();
    await app.whenStable();
    expect(app.injector.get(Router).navigated).toBe(true);
    expect(byTestId('page')).not.toBeNull();
  });
});
