import { AbstractControl, ValidationErrors } from '@angular/forms';
import { MAX_PRICE_CENTS } from '@lessonstage/shared/authoring-rules';

/** "29", "29.9", "29.99" (a comma works as the decimal mark too). All catalog currencies have cents. */
const PRICE_PATTERN = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** "29.99" → 2999, "0" → 0; null when the text is not a price. */
export function priceToCents(text: string): number | null {
  const match = PRICE_PATTERN.exec(text.trim());
  if (!match) {
    return null;
  }
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 2999 → "29.99", 3900 → "39.00", for the Price field. */
export function centsToPrice(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** The Price field: a price in major units, at most the API's highest price. Empty is left to `required`. */
export function priceValidator(control: AbstractControl<string>): ValidationErrors | null {
  if (!control.value) {
    return null;
  }
  const cents = priceToCents(control.value);
  if (cents === null) {
    return { price: true };
  }
  return cents > MAX_PRICE_CENTS ? { maxPrice: { max: MAX_PRICE_CENTS / 100 } } : null;
}
