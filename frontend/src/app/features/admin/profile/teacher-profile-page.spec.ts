import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { alertText, buttonNamed, fieldErrors, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { TeacherProfilePage } from './teacher-profile-page';

describe('TeacherProfilePage', () => {
  let fixture: ComponentFixture<TeacherProfilePage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TeacherProfilePage);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
  });

  afterEach(() => {
    fixture.nativeElement.remove();
    http.verify();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const textarea = () => el().querySelector<HTMLTextAreaElement>('[data-testid="teacher-bio-input"]')!;

  async function loaded(profile = { displayName: 'Site admin', bio: '', photoUrl: '' }) {
    http.expectOne('/api/admin/profile').flush(profile);
    await fixture.whenStable();
  }

  it('loads the profile and previews the name students will see', async () => {
    await loaded();
    expect(inputLabelled(el(), 'Public name').value).toBe('Site admin');
    typeInto(inputLabelled(el(), 'Public name'), 'Ana Lima');
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="teacher-preview"]')?.textContent?.trim()).toBe('Taught by Ana Lima');
  });

  it('saves name and bio, and says the courses show them', async () => {
    await loaded();
    typeInto(inputLabelled(el(), 'Public name'), 'Ana Lima');
    textarea().value = 'Classical guitarist.';
    textarea().dispatchEvent(new Event('input'));
    buttonNamed(el(), 'Save profile').click();
    await fixture.whenStable();

    const req = http.expectOne({ method: 'PUT', url: '/api/admin/profile' });
    expect(req.request.body).toEqual({ displayName: 'Ana Lima', bio: 'Classical guitarist.' });
    req.flush({ displayName: 'Ana Lima', bio: 'Classical guitarist.', photoUrl: '' });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="form-status"]')?.textContent?.trim()).toBe('Saved. Your courses now show this profile.');
  });

  it('asks for a name before saving, next to the field', async () => {
    await loaded();
    typeInto(inputLabelled(el(), 'Public name'), '   ');
    await fixture.whenStable();
    buttonNamed(el(), 'Save profile').click();
    await fixture.whenStable();

    http.expectNone({ method: 'PUT', url: '/api/admin/profile' });
    expect(fieldErrors(el())).toEqual(['Enter the name students should see.']);
    expect(document.activeElement).toBe(inputLabelled(el(), 'Public name'));
  });

  it('refuses a photo of the wrong type before uploading it', async () => {
    await loaded();
    const input = el().querySelector<HTMLInputElement>('[data-testid="teacher-photo-input"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'me.gif', { type: 'image/gif' })] });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    http.expectNone('/api/admin/profile/photo');
    expect(alertText(el())).toBe("me.gif can't be used as your photo: use JPEG, PNG or WebP, at most 5 MB.");
  });
});
