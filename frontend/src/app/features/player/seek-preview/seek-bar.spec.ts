import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { SeekBar } from './seek-bar';

const VTT_URL = '/media/hls/c/l/job/thumbs/thumbnails.vtt';
const VTT = `WEBVTT

00:00:00.000 --> 00:00:30.000
sprite-001.jpg#xywh=0,0,160,90

00:00:30.000 --> 00:01:00.000
sprite-001.jpg#xywh=160,0,160,90

00:01:00.000 --> 00:01:30.000
thumb.0000012.jpg
`;

describe('SeekBar', () => {
  let fixture: ComponentFixture<SeekBar>;
  let video: HTMLVideoElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    video = document.createElement('video');
    Object.defineProperty(video, 'duration', { value: 60, configurable: true });
    fixture = TestBed.createComponent(SeekBar);
    fixture.componentRef.setInput('video', video);
    fixture.componentRef.setInput('thumbnailsUrl', VTT_URL);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne(VTT_URL).flush(VTT);
    video.dispatchEvent(new Event('durationchange'));
    await fixture.whenStable();
  });

  afterEach(() => fixture.destroy());

  const el = () => fixture.nativeElement as HTMLElement;
  const slider = () => el().querySelector<HTMLInputElement>('[data-testid="seek-bar"]')!;
  const preview = () => el().querySelector<HTMLElement>('[data-testid="seek-preview"]');

  it('shows the frame under the pointer from the sprite, with its time', async () => {
    const track = el().querySelector<HTMLElement>('.track')!;
    track.getBoundingClientRect = () => ({ left: 0, width: 600, top: 0, height: 24, right: 600, bottom: 24, x: 0, y: 0, toJSON: () => ({}) });
    track.dispatchEvent(new MouseEvent('pointermove', { clientX: 450 }));
    await fixture.whenStable();
    const frame = preview()!.querySelector<HTMLElement>('.frame')!;
    expect(frame.style.backgroundImage).toContain('/media/hls/c/l/job/thumbs/sprite-001.jpg');
    expect(frame.style.backgroundPosition).toBe('-160px 0px');
    expect(preview()!.textContent).toContain('00:45');
    track.dispatchEvent(new MouseEvent('pointerleave'));
    await fixture.whenStable();
    expect(preview()).toBeNull();
  });

  it('shows a whole preview frame (MediaConvert’s, no #xywh) scaled into the box', async () => {
    Object.defineProperty(video, 'duration', { value: 90, configurable: true });
    video.dispatchEvent(new Event('durationchange'));
    const track = el().querySelector<HTMLElement>('.track')!;
    track.getBoundingClientRect = () => ({ left: 0, width: 900, top: 0, height: 24, right: 900, bottom: 24, x: 0, y: 0, toJSON: () => ({}) });
    track.dispatchEvent(new MouseEvent('pointermove', { clientX: 700 }));
    await fixture.whenStable();
    const frame = preview()!.querySelector<HTMLElement>('.frame')!;
    expect(frame.style.backgroundImage).toContain('/media/hls/c/l/job/thumbs/thumb.0000012.jpg');
    expect(frame.style.backgroundSize).toBe('contain');
    expect(frame.style.width).toBe('160px');
  });

  it('previews while moved by keyboard, and seeks the video on change', async () => {
    slider().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    slider().value = '12';
    slider().dispatchEvent(new Event('input'));
    slider().dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(video.currentTime).toBe(12);
    expect(preview()!.querySelector<HTMLElement>('.frame')!.style.backgroundPosition).toBe('0px 0px');
    expect(slider().getAttribute('aria-valuetext')).toBe('00:12 of 01:00');
    slider().dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(preview()).toBeNull();
  });
});
