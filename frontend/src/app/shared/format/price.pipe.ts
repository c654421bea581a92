import { inject, LOCALE_ID, Pipe, PipeTransform } from '@angular/core';
import type { Currency } from '@lessonstage/shared';

import { formatPrice } from './format-price';

/** `{{ course.priceCents | price: course.currency }}` → "$19.99", or "Free" for 0; `: true` adds the code ("$19.99 USD"). */
@Pipe({ name: 'price' })
export class PricePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(priceCents: number | null | undefined, currency: Currency, withCode = false): string {
    if (priceCents === null || priceCents === undefined) {
      return '';
    }
    return formatPrice(priceCents, currency, this.locale, withCode);
  }
}
