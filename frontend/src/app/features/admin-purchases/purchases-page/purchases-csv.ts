import type { Purchase } from '@lessonstage/shared';

const HEADER = ['Date (UTC)', 'Buyer name', 'Buyer e-mail', 'User id', 'Course', 'Course id', 'Amount', 'Currency', 'Status', 'Payment id', 'Refunded at (UTC)'];

/**
 * One CSV field: quoted when it holds a comma, quote or line break, and with a leading "'" when
 * it starts like a formula (=, +, -, @, tab, CR), so a spreadsheet shows a buyer's name rather
 * than running it (CSV injection).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The purchases as CSV (RFC 4180, CRLF lines), amounts in major units with a dot, times in ISO 8601. */
export function purchasesCsv(purchases: readonly Purchase[]): string {
  const rows = purchases.map((p) => [
    p.createdAt,
    p.buyerName ?? '',
    p.buyerEmail ?? '',
    p.userId,
    p.courseTitle ?? '',
    p.courseId,
    (p.amountCents / 100).toFixed(2),
    p.currency.toUpperCase(),
    p.status,
    p.paymentId,
    p.refundedAt ?? '',
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Hands `csv` to the browser as a download named `fileName`. */
export function downloadCsv(csv: string, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url));
}
