import type { Currency } from '@lessonstage/shared';

export const FREE_LABEL = 'Free';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: Currency): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** 1999, 'USD' → "$19.99"; 0 → "Free". Prices are integer minor units (cents). */
export function formatPrice(priceCents: number, currency: Currency, locale = 'en-US'): string {
  if (priceCents === 0) {
    return FREE_LABEL;
  }
  return formatterFor(locale, currency).format(priceCents / 100);
}
