import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderCertificatePdf } from './certificate-pdf';

const content = {
  certificateId: 'cert_AbCdEfGhIjKlMnOp',
  studentName: 'Ada Lovelace',
  courseTitle: 'First Chords on Guitar',
  teacherName: 'Maya Torres',
  issuedAt: '2026-12-05T10:00:00.000Z',
  verifyUrl: 'https://app.example.com/certificates/cert_AbCdEfGhIjKlMnOp',
};

/** The page's drawing operators, inflated: pdf-lib compresses them and writes text as hex. */
async function pageText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPage(0).node.Contents();
  const parts = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  const streams = parts.filter((part): part is PDFRawStream => part instanceof PDFRawStream);
  expect(streams.length).toBeGreaterThan(0);
  return streams.map((stream) => Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')).join('\n');
}

const hex = (text: string) => Buffer.from(text, 'latin1').toString('hex').toUpperCase();

describe('certificate PDF', () => {
  it('is a PDF that draws the student, course, teacher, date and id, and names the course in its Title', async () => {
    const bytes = await renderCertificatePdf(content);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');

    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Certificate of completion: First Chords on Guitar');
    expect(doc.getPageCount()).toBe(1);
    const drawn = await pageText(bytes);
    for (const text of ['Ada Lovelace', 'First Chords on Guitar', 'taught by Maya Torres', 'Issued 5 December 2026', `Certificate ${content.certificateId}`, content.verifyUrl]) {
      expect(drawn, text).toContain(`<${hex(text)}>`);
    }
    // Object streams off: the Title sits in the file as UTF-16 hex, readable without a PDF library.
    const title = /\/Title <FEFF([0-9A-F]+)>/.exec(Buffer.from(bytes).toString('latin1'))![1]!;
    expect(Buffer.from(title, 'hex').swap16().toString('utf16le')).toContain('First Chords on Guitar');
  });

  it('links the verification page and draws a QR code', async () => {
    const bytes = await renderCertificatePdf(content);
    expect(Buffer.from(bytes).toString('latin1')).toContain(`/URI (${content.verifyUrl})`);
    // The QR code: one path of many rectangles, then filled.
    expect((await pageText(bytes)).match(/ re\n/g)?.length ?? 0).toBeGreaterThan(50);
  });

  it('draws a name outside WinAnsi with "?" instead of failing, and shortens a title too long for the page', async () => {
    const bytes = await renderCertificatePdf({ ...content, studentName: 'Иван Петров', courseTitle: 'Scales '.repeat(40) });
    const drawn = await pageText(bytes);
    expect(drawn).toContain(`<${hex('???? ??????')}>`);
    expect(drawn).not.toContain(hex('Scales '.repeat(40)));
  });
});
