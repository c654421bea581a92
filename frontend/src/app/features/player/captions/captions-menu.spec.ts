import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CaptionTrack } from '@lessonstage/shared';

import { CaptionsMenu } from './captions-menu';

@Component({
  imports: [CaptionsMenu],
  template: `<video #v></video><app-captions-menu [video]="v" [tracks]="tracks()" />`,
})
class Host {
  readonly tracks = signal<readonly CaptionTrack[]>([
    { lang: 'en', label: 'English', url: 'https://storage.test/en.vtt' },
    { lang: 'pt-BR', label: 'Português (Brasil)', url: 'https://storage.test/pt.vtt' },
  ]);
}

describe('CaptionsMenu', () => {
  const fetched: string[] = [];

  beforeEach(() => {
    fetched.length = 0;
    localStorage.clear();
    // jsdom has neither TextTrack nor object URLs: each <track> gets a mode to set, URLs a blob: name.
    const modes = new WeakMap<HTMLTrackElement, { mode: TextTrackMode }>();
    Object.defineProperty(HTMLTrackElement.prototype, 'track', {
      configurable: true,
      get(this: HTMLTrackElement) {
        if (!modes.has(this)) {
          modes.set(this, { mode: 'disabled' });
        }
        return modes.get(this);
      },
    });
    const lists = new WeakMap<HTMLMediaElement, EventTarget>();
    Object.defineProperty(HTMLMediaElement.prototype, 'textTracks', {
      configurable: true,
      get(this: HTMLMediaElement) {
        if (!lists.has(this)) {
          lists.set(this, new EventTarget());
        }
        return lists.get(this);
      },
    });
    let objectUrls = 0;
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: () => `blob:test/${++objectUrls}`, revokeObjectURL: () => undefined }));
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response('WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nHi\n'));
    });
  });

  afterEach(() => {
    TestBed.resetTestingModule(); // destroys the menu while the shims it uses are still there
    vi.unstubAllGlobals();
    delete (HTMLTrackElement.prototype as { track?: unknown }).track;
    delete (HTMLMediaElement.prototype as { textTracks?: unknown }).textTracks;
  });

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  /** Renders the menu and lets the video show its first frame (jsdom loads no media). */
  async function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector('video')!.dispatchEvent(new Event('loadeddata'));
    for (let i = 0; i < 3; i++) await tick();
    fixture.detectChanges();
    return fixture;
  }

  const tracksOf = (el: HTMLElement) => Array.from(el.querySelectorAll('track'));

  it('reads no captions file before the video shows its first frame, unless captions were chosen', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    await tick();
    expect(fetched).toEqual([]);
    (fixture.nativeElement as HTMLElement).querySelector('video')!.dispatchEvent(new Event('loadeddata'));
    for (let i = 0; i < 3; i++) await tick();
    expect(fetched).toHaveLength(2);
    TestBed.resetTestingModule();

    localStorage.setItem('lessonstage.captions', 'en');
    fetched.length = 0;
    const chosen = TestBed.createComponent(Host);
    chosen.detectChanges();
    await chosen.whenStable();
    await tick();
    expect(fetched).toHaveLength(2);
  });

  it('puts one captions track per language on the video, read once into local copies', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    expect(fetched).toEqual(['https://storage.test/en.vtt', 'https://storage.test/pt.vtt']);
    expect(tracksOf(el).map((t) => [t.kind, t.srclang, t.label, t.src.startsWith('blob:')])).toEqual([
      ['captions', 'en', 'English', true],
      ['captions', 'pt-BR', 'Português (Brasil)', true],
    ]);
    expect(el.querySelector('[data-testid="captions-menu"]')?.getAttribute('aria-label')).toBe('Captions: Off');
  });

  it('shows the chosen language, remembers it, and shows it again on the next lesson', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    el.querySelector<HTMLButtonElement>('[data-testid="captions-menu"]')!.click();
    fixture.detectChanges();
    const item = document.querySelector<HTMLButtonElement>('[data-testid="captions-pt-BR"]')!;
    expect(item.getAttribute('role')).toBe('menuitemradio');
    item.click();
    fixture.detectChanges();
    expect(localStorage.getItem('lessonstage.captions')).toBe('pt-BR');
    expect(tracksOf(el).map((t) => t.track.mode)).toEqual(['disabled', 'showing']);
    expect(el.querySelector('[data-testid="captions-menu"]')?.getAttribute('aria-label')).toBe('Captions: Português (Brasil)');
    fixture.destroy();
    expect(tracksOf(el)).toHaveLength(0);

    const next = await render();
    expect(tracksOf(next.nativeElement as HTMLElement).map((t) => t.track.mode)).toEqual(['disabled', 'showing']);
  });

  it('turns off a track the browser shows by itself', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    const english = tracksOf(el)[0]!;
    english.track.mode = 'showing';
    el.querySelector('video')!.textTracks.dispatchEvent(new Event('change'));
    expect(tracksOf(el).map((t) => t.track.mode)).toEqual(['disabled', 'disabled']);
    expect(localStorage.getItem('lessonstage.captions')).toBeNull();
  });

  it('has no button when the lesson has no captions', async () => {
    const fixture = await render();
    fixture.componentInstance.tracks.set([]);
    fixture.detectChanges();
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="captions-menu"]')).toBeNull();
    expect(tracksOf(fixture.nativeElement as HTMLElement)).toHaveLength(0);
  });
});
