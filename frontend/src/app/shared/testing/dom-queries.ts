/**
 * Finds elements the way a person (or Playwright's getByLabel / getByRole) does: inputs through
 * their <label for>, buttons by their visible text. Throws with a useful message when missing.
 */

function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The input whose associated <label> reads exactly `label` (a required marker is ignored). */
export function inputLabelled(root: HTMLElement, label: string): HTMLInputElement {
  for (const element of Array.from(root.querySelectorAll('label'))) {
    if (normalize(element.textContent).replace(/\s*\*$/, '') === label && element.htmlFor) {
      const input = Array.from(root.querySelectorAll<HTMLInputElement>('input, textarea')).find(
        (candidate) => candidate.id === element.htmlFor,
      );
      if (input) {
        return input;
      }
    }
  }
  throw new Error(`No input labelled "${label}"`);
}

/** Like inputLabelled, but null when there is none. */
export function queryInputLabelled(root: HTMLElement, label: string): HTMLInputElement | null {
  try {
    return inputLabelled(root, label);
  } catch {
    return null;
  }
}

/** The button whose text is exactly `name`. */
export function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement {
  const button = queryButtonNamed(root, name);
  if (!button) {
    const names = Array.from(root.querySelectorAll('button')).map((b) => `"${normalize(b.textContent)}"`);
    throw new Error(`No button named "${name}"; buttons: ${names.join(', ')}`);
  }
  return button;
}

export function queryButtonNamed(root: HTMLElement, name: string): HTMLButtonElement | null {
  return Array.from(root.querySelectorAll('button')).find((b) => normalize(b.textContent) === name) ?? null;
}

/** Types `value` into `input` as a user would (Angular forms listen to the input event). */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Leaves the field, which marks it touched and shows its error. */
export function blur(input: HTMLInputElement): void {
  input.dispatchEvent(new Event('blur'));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

/** The text of the role="alert" region (the form's server error), or '' when empty. */
export function alertText(root: HTMLElement): string {
  return normalize(root.querySelector('[role="alert"]')?.textContent);
}

/** The texts of the visible inline field errors (mat-error). */
export function fieldErrors(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll('mat-error')).map((element) => normalize(element.textContent));
}

/** Text without runs of whitespace. */
export function textOf(element: Element | null | undefined): string {
  return normalize(element?.textContent);
}
