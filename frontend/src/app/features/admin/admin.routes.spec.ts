import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { adminRoutes } from './admin.routes';

describe('adminRoutes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'admin', children: adminRoutes() }], withComponentInputBinding())],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).match(() => true));

  it('opens the course list for /admin, and for /admin/courses', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin');
    expect(harness.routeNativeElement?.querySelector('app-admin-shell app-admin-course-list-page')).not.toBeNull();
    await harness.navigateByUrl('/admin/courses');
    expect(TestBed.inject(Router).url).toBe('/admin');
    expect(harness.routeNativeElement?.querySelector('app-admin-shell app-admin-course-list-page')).not.toBeNull();
  });

  it('opens the editor for /admin/courses/:courseId', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/courses/blues-101');
    expect(harness.routeNativeElement?.querySelector('app-course-editor-page')).not.toBeNull();
    TestBed.inject(HttpTestingController).expectOne('/api/admin/courses/blues-101');
  });

  it("shows other features' tabs inside the shell", async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'admin', children: adminRoutes([{ path: 'purchases', component: PurchasesStub }]) }])],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/purchases');
    expect(harness.routeNativeElement?.querySelector('app-admin-shell app-purchases-stub')).not.toBeNull();
  });
});

@Component({ selector: 'app-purchases-stub', template: '' })
class PurchasesStub {}
