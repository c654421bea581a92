import { create } from 'qrcode/lib/core/qrcode.js';
import { render } from 'qrcode/lib/renderer/svg-tag.js';

export function otpauthUri(email: string, secret: string): string {
  const label = encodeURIComponent(`Lessonstage:${email}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=Lessonstage&algorithm=SHA1&digits=6&period=30`;
}

/** The QR code as an SVG data URL, drawn on the server so the web app ships no QR library. */
export function qrCodeDataUrl(text: string): string {
  const svg = render(create(text, { errorCorrectionLevel: 'M' }), { margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
