import { TestBed } from '@angular/core/testing';

import { type PointMove, STRIP_WINDOW_MS, SyncPointStrip } from './sync-point-strip';

const POINTS = [
  { bar: 0, timeMs: 1000 },
  { bar: 1, timeMs: 3000 },
  { bar: 2, timeMs: 9000 },
];

async function strip(atMs: number) {
  const fixture = TestBed.createComponent(SyncPointStrip);
  fixture.componentRef.setInput('points', POINTS);
  fixture.componentRef.setInput('atMs', atMs);
  const moves: PointMove[] = [];
  fixture.componentInstance.moved.subscribe((move) => moves.push(move));
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  host.getBoundingClientRect = () => ({ width: 800 }) as DOMRect;
  return { fixture, host, moves, marks: () => Array.from(host.querySelectorAll<HTMLElement>('[data-testid="sync-mark"]')) };
}

function pointer(target: Element, type: string, clientX: number): void {
  const event = new MouseEvent(type, { bubbles: true, clientX }) as PointerEvent;
  Object.defineProperty(event, 'pointerId', { value: 1 });
  target.dispatchEvent(event);
}

describe('SyncPointStrip', () => {
  it('shows only the points within the window around the video time', async () => {
    const { marks } = await strip(2000);
    expect(marks().map((mark) => mark.textContent?.trim())).toEqual(['1', '2']);
    expect(marks()[0]!.style.left).toBe(`${((1000 - (2000 - STRIP_WINDOW_MS / 2)) / STRIP_WINDOW_MS) * 100}%`);
  });

  it('moves a point by the dragged distance, as one edit on the drop', async () => {
    const { fixture, host, moves, marks } = await strip(2000);
    const area = host.querySelector('[data-testid="sync-strip"]')!;
    pointer(marks()[1]!, 'pointerdown', 400);
    pointer(area, 'pointermove', 410);
    pointer(area, 'pointermove', 420);
    await fixture.whenStable();
    expect(moves).toEqual([]);
    expect(marks()[1]!.getAttribute('aria-valuenow')).toBe(String(3000 + (20 / 800) * STRIP_WINDOW_MS));
    pointer(area, 'pointerup', 420);
    expect(moves).toEqual([{ index: 1, timeMs: 3200 }]);
  });

  it('a click without moving is no edit', async () => {
    const { host, moves, marks } = await strip(2000);
    pointer(marks()[0]!, 'pointerdown', 100);
    pointer(host.querySelector('[data-testid="sync-strip"]')!, 'pointerup', 100);
    expect(moves).toEqual([]);
  });

  it('moves a focused point with the arrow keys, Shift for ten steps', async () => {
    const { moves, marks } = await strip(2000);
    marks()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    marks()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', shiftKey: true, bubbles: true }));
    marks()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(moves).toEqual([
      { index: 0, timeMs: 1010 },
      { index: 0, timeMs: 900 },
    ]);
  });
});
