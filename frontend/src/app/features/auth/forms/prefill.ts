import { effect, untracked, type Signal } from '@angular/core';
import type { FormControl } from '@angular/forms';

/**
 * Fills a control from a route input such as ?email= whenever that has a value, leaving what the
 * user typed alone otherwise. Call it where inject() works (a constructor or field initialiser).
 */
export function prefillFrom(value: Signal<string | undefined>, control: FormControl<string>): void {
  effect(() => {
    const current = value();
    if (current) untracked(() => control.setValue(current));
  });
}
