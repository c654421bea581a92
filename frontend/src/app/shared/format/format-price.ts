import type { Currency } from '@lessonstage/shared';

export const FREE_LABEL = 'Free';

/**
 * The app's locale (Angular's default LOCALE_ID) is formatted by hand: a page's first
 * `Intl.NumberFormat` loads locale data in a long task, right when the catalog's first prices
 * render (docs/decisions.md). Other locales go through Intl.
 */
const APP_LOCALE = 'en-US';
const APP_LOCALE_SYMBOLS: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£' };

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

/** 123456, 'USD' → "$1,234.56", as Intl formats it in en-US (all three currencies have cents). */
function formatInAppLocale(priceCents: number, currency: Currency): string {
  const whole = Math.floor(priceCents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (priceCents % 100).toString().padStart(2, '0');
  return `${APP_LOCALE_SYMBOLS[currency]}${whole}.${cents}`;
}

/**
 * 1999, 'USD' → "$19.99"; 0 → "Free". Prices are integer minor units (cents). `withCode` adds the
 * ISO code ("$19.99 USD") where prices in several currencies sit side by side ($ alone is ambiguous).
 */
export function formatPrice(priceCents: number, currency: Currency, locale = APP_LOCALE, withCode = false): string {
  if (priceCents === 0) {
    return FREE_LABEL;
  }
  if (withCode) {
    return `${formatPrice(priceCents, currency, locale)} ${currency}`;
  }
  if (locale === APP_LOCALE && Number.isSafeInteger(priceCents) && priceCents > 0) {
    return formatInAppLocale(priceCents, currency);
  }
  return formatterFor(locale, currency).format(priceCents / 100);
}
