import QRCode from 'qrcode';

export function otpauthUri(email: string, secret: string): string {
  const label = encodeURIComponent(`Lessonstage:${email}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=Lessonstage&algorithm=SHA1&digits=6&period=30`;
}

/** The QR code as an SVG data URL, drawn on the server so the web app ships no QR library. */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
