import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

@Component({ selector: 'app-blank', template: '' })
class Blank {}

export interface AuthPageHarness<T> {
  readonly fixture: ComponentFixture<T>;
  readonly http: HttpTestingController;
  readonly router: Router;
  readonly el: HTMLElement;
  /** Sets route inputs (as the router would from the query string) and renders. */
  setInputs(inputs: Record<string, unknown>): Promise<void>;
  stable(): Promise<void>;
  /** Detaches the page and checks no request is left unanswered. */
  done(): void;
}

/**
 * Renders an auth page attached to the document (so focus can be checked) with a fake backend
 * and a router at `url` whose every path renders a blank page.
 */
export async function renderAuthPage<T>(page: Type<T>, url: string): Promise<AuthPageHarness<T>> {
  TestBed.configureTestingModule({
    imports: [page],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: Blank }])],
  });
  const router = TestBed.inject(Router);
  await router.navigateByUrl(url);
  const fixture = TestBed.createComponent(page);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  return {
    fixture,
    http,
    router,
    el: fixture.nativeElement as HTMLElement,
    async setInputs(inputs) {
      for (const [name, value] of Object.entries(inputs)) {
        fixture.componentRef.setInput(name, value);
      }
      await fixture.whenStable();
    },
    stable: () => fixture.whenStable(),
    done() {
      fixture.nativeElement.remove();
      http.verify();
    },
  };
}
