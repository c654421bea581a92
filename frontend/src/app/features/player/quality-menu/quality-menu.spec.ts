import { ComponentFixture, TestBed } from '@angular/core/testing';

import { QualityMenu } from './quality-menu';

const LEVELS = [
  { index: 0, height: 360, bitrate: 600_000 },
  { index: 1, height: 720, bitrate: 2_800_000 },
  { index: 2, height: 540, bitrate: 1_400_000 },
];

describe('QualityMenu', () => {
  let fixture: ComponentFixture<QualityMenu>;
  const chosen: number[] = [];

  beforeEach(async () => {
    chosen.length = 0;
    fixture = TestBed.createComponent(QualityMenu);
    fixture.componentRef.setInput('levels', LEVELS);
    fixture.componentRef.setInput('selected', -1);
    fixture.componentRef.setInput('playing', 1);
    fixture.componentInstance.select.subscribe((index) => chosen.push(index));
    await fixture.whenStable();
  });

  afterEach(() => fixture.destroy());

  const el = () => fixture.nativeElement as HTMLElement;
  const summary = () => el().querySelector('[data-testid="quality-summary"]')!.textContent!.trim();
  const items = () => [...document.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]')];

  it('says Auto and what Auto is playing, or the level chosen', async () => {
    expect(summary()).toBe('Auto (720p)');
    fixture.componentRef.setInput('selected', 0);
    await fixture.whenStable();
    expect(summary()).toBe('360p');
  });

  it('lists Auto then each rung, highest first, the chosen one checked, and emits the choice', async () => {
    el().querySelector<HTMLButtonElement>('[data-testid="quality-button"]')!.click();
    await fixture.whenStable();
    expect(items().map((item) => item.textContent!.trim())).toEqual(['✓ Auto', '720p', '540p', '360p']);
    expect(items().map((item) => item.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false', 'false']);
    items()[3]!.click();
    expect(chosen).toEqual([0]);
  });
});
