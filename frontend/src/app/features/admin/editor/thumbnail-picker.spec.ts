import { anOutlinedCourse } from '../testing/admin-course-fixtures';
import { aSingleTicket } from '../../../shared/uploads/testing/upload-tickets';
import { EditorHarness, pickFiles, renderEditorPart } from '../testing/editor-harness';
import { FakeXhr } from '../../../shared/uploads/testing/fake-xhr';
import { ThumbnailPicker } from './thumbnail-picker';

describe('ThumbnailPicker', () => {
  let h: EditorHarness<ThumbnailPicker>;
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;

  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:local-preview');
    URL.revokeObjectURL = vi.fn();
  });

  afterEach(() => {
    h.done();
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
  });

  const image = () => h.el.querySelector<HTMLImageElement>('[data-testid="thumbnail-preview"]');

  it('says there is no thumbnail yet', async () => {
    h = await renderEditorPart(ThumbnailPicker, anOutlinedCourse());
    expect(image()).toBeNull();
    expect(h.el.querySelector('[data-testid="thumbnail-empty"]')?.textContent).toContain('No thumbnail yet');
    expect(h.el.querySelector('button')?.textContent).toContain('Choose image');
    expect(h.el.querySelector<HTMLInputElement>('[data-testid="thumbnail-input"]')?.accept).toBe('image/jpeg,image/png,image/webp');
  });

  it('previews the picked image while it uploads, then shows the stored one', async () => {
    h = await renderEditorPart(ThumbnailPicker, anOutlinedCourse());
    pickFiles(h.el.querySelector<HTMLInputElement>('[data-testid="thumbnail-input"]')!, new File(['png'], 'cover.png', { type: 'image/png' }));
    await h.stable();

    expect(image()?.getAttribute('src')).toBe('blob:local-preview');
    const ticket = h.http.expectOne('/api/admin/uploads');
    expect(ticket.request.body).toMatchObject({ kind: 'thumbnail', contentType: 'image/png', fileName: 'cover.png' });
    ticket.flush(aSingleTicket());
    await h.stable();
    FakeXhr.sent[0].respond(200);
    await h.stable();
    h.http
      .expectOne('/api/admin/uploads/complete')
      .flush(anOutlinedCourse({ hasThumbnail: true, thumbnailUrl: '/media/public/thumbnails/course-1/u-1.png' }));
    await h.stable();

    expect(image()?.getAttribute('src')).toBe('/media/public/thumbnails/course-1/u-1.png');
    expect(h.el.querySelector('[data-testid="upload-progress"]')).toBeNull();
    expect(h.el.querySelector('button')?.textContent).toContain('Replace image');
  });
});
