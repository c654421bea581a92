import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { RowActions } from './row-actions';

@Component({
  imports: [RowActions],
  template: `
    <app-row-actions
      kind="lesson"
      itemId="s1l2"
      title="Scales"
      [canMoveUp]="false"
      [busy]="busy()"
      (move)="events.push('move ' + $event)"
      (rename)="events.push('rename')"
      (remove)="events.push('remove')"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly busy = signal(false);
  readonly events: string[] = [];
}

describe('RowActions', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (label: string) => el.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
    return { fixture, el, button };
  }

  it('names each button after the item, and gives the move buttons the ids focus returns to', async () => {
    const { button } = await render();
    expect(button('Move lesson “Scales” up').id).toBe('lesson-up-s1l2');
    expect(button('Move lesson “Scales” down').id).toBe('lesson-down-s1l2');
    expect(button('Rename lesson “Scales”')).not.toBeNull();
    expect(button('Delete lesson “Scales”')).not.toBeNull();
  });

  it('tells which action was asked for, and cannot move past the top', async () => {
    const { fixture, button } = await render();
    expect(button('Move lesson “Scales” up').disabled).toBe(true);
    button('Move lesson “Scales” down').click();
    button('Rename lesson “Scales”').click();
    button('Delete lesson “Scales”').click();
    expect(fixture.componentInstance.events).toEqual(['move 1', 'rename', 'remove']);
  });

  it('holds rename and delete while a change is under way, keeping them focusable', async () => {
    const { fixture, button } = await render();
    fixture.componentInstance.busy.set(true);
    await fixture.whenStable();
    for (const label of ['Rename lesson “Scales”', 'Delete lesson “Scales”']) {
      expect(button(label).getAttribute('aria-disabled'), label).toBe('true');
      expect(button(label).disabled, label).toBe(false);
    }
    expect(button('Move lesson “Scales” down').getAttribute('aria-disabled')).not.toBe('true');
  });
});
