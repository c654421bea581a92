import { TestBed } from '@angular/core/testing';

import { AdminPage } from './admin-page';

describe('AdminPage', () => {
  it('is headed "Admin area"', async () => {
    const fixture = TestBed.createComponent(AdminPage);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Admin area');
  });
});
