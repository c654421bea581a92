import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { otpauthUri, qrCodeDataUrl } from './totp-qr-code';

describe('the TOTP QR code', () => {
  it('is the SVG the qrcode package draws through its public API', async () => {
    const uri = otpauthUri('ana@example.com', 'JBSWY3DPEHPK3PXP');
    const expected = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    const dataUrl = qrCodeDataUrl(uri);
    expect(dataUrl.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(dataUrl.split(',')[1]!, 'base64').toString('utf8')).toBe(expected);
  });

  it('names the account and the issuer in the otpauth URI', () => {
    expect(otpauthUri('ana@example.com', 'ABC')).toBe(
      'otpauth://totp/Lessonstage%3Aana%40example.com?secret=ABC&issuer=Lessonstage&algorithm=SHA1&digits=6&period=30',
    );
  });
});
