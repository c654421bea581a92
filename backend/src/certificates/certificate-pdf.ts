import {
  fill,
  PDFDocument,
  PDFName,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
  StandardFonts,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { create } from 'qrcode/lib/core/qrcode.js';

/** What a certificate's PDF shows. */
export interface CertificatePdfContent {
  readonly certificateId: string;
  readonly studentName: string;
  readonly courseTitle: string;
  readonly teacherName: string;
  readonly issuedAt: string;
  /** The public verification page, printed, linked and drawn as a QR code. */
  readonly verifyUrl: string;
}

const PAGE: [number, number] = [841.89, 595.28]; // A4 landscape, in points
const MARGIN = 60;
const INK = rgb(0.11, 0.11, 0.14);
const MUTED = rgb(0.38, 0.38, 0.42);
const ACCENT = rgb(0.25, 0.32, 0.71);

/**
 * The standard fonts encode WinAnsi only: other characters (a name in Cyrillic, say) would make
 * pdf-lib throw, so they are drawn as "?" rather than losing the certificate.
 */
function drawable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.normalize('NFC')].map((char) => (supported.has(char.codePointAt(0)!) ? char : '?')).join('');
}

/** Centred text, made smaller (down to `minSize`) and then shortened until it fits the width. */
function centred(page: PDFPage, font: PDFFont, raw: string, y: number, size: number, color = INK, minSize = size): void {
  const width = PAGE[0] - 2 * MARGIN;
  let text = drawable(font, raw);
  let fitted = size;
  while (fitted > minSize && font.widthOfTextAtSize(text, fitted) > width) fitted -= 1;
  while (text.length > 1 && font.widthOfTextAtSize(text, fitted) > width) text = `${text.slice(0, -2)}…`;
  page.drawText(text, { x: (PAGE[0] - font.widthOfTextAtSize(text, fitted)) / 2, y, size: fitted, font, color });
}

/**
 * The QR code as one filled path of rectangles (a run of dark modules in a row each): vector, no
 * image encoder, and a few KB where drawRectangle's per-shape state would take ten times more.
 */
function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  const runs: PDFOperator[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
      runs.push(rectangle(x + col * cell, y + size - (row + 1) * cell, (end - col + 1) * cell, cell));
      col = end;
    }
  }
  page.pushOperators(pushGraphicsState(), setFillingRgbColor(0.11, 0.11, 0.14), ...runs, fill(), popGraphicsState());
}

/** A clickable area that opens `url` (pdf-lib has no high-level link API). */
function addLink(doc: PDFDocument, page: PDFPage, url: string, rect: [number, number, number, number]): void {
  const link = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) } }),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj([link]));
}

export function formatIssueDate(issuedAt: string): string {
  return new Date(issuedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The certificate as a one-page PDF. Saved without object streams, so the document information
 * (Title names the course) stays readable in the file's bytes.
 */
export async function renderCertificatePdf(content: CertificatePdfContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const issued = new Date(content.issuedAt);
  doc.setTitle(`Certificate of completion: ${content.courseTitle}`);
  doc.setSubject(`${content.studentName} completed ${content.courseTitle} (certificate ${content.certificateId})`);
  doc.setAuthor('Lessonstage');
  doc.setCreator('Lessonstage');
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  const page = doc.addPage(PAGE);
  page.drawRectangle({ x: 24, y: 24, width: PAGE[0] - 48, height: PAGE[1] - 48, borderColor: ACCENT, borderWidth: 3 });

  centred(page, bold, 'LESSONSTAGE', 500, 14, ACCENT);
  centred(page, regular, 'Certificate of completion', 460, 30);
  centred(page, regular, 'This certifies that', 415, 14, MUTED);
  centred(page, bold, content.studentName, 375, 32, INK, 18);
  centred(page, regular, 'has completed every lesson of the course', 340, 14, MUTED);
  centred(page, bold, content.courseTitle, 300, 26, INK, 14);
  centred(page, regular, `taught by ${content.teacherName}`, 268, 16, INK, 11);
  centred(page, regular, `Issued ${formatIssueDate(content.issuedAt)}`, 236, 13, MUTED);

  const qrSize = 96;
  drawQrCode(page, content.verifyUrl, MARGIN, 52, qrSize);
  const textX = MARGIN + qrSize + 16;
  page.drawText(`Certificate ${content.certificateId}`, { x: textX, y: 120, size: 11, font: bold, color: INK });
  page.drawText('Check it at', { x: textX, y: 100, size: 10, font: regular, color: MUTED });
  const url = drawable(regular, content.verifyUrl);
  page.drawText(url, { x: textX, y: 84, size: 10, font: regular, color: ACCENT });
  addLink(doc, page, content.verifyUrl, [MARGIN, 52, textX + regular.widthOfTextAtSize(url, 10), 52 + qrSize]);
  return doc.save({ useObjectStreams: false });
}
