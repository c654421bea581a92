import { TestBed } from '@angular/core/testing';

import { aMultipartTicket, aSingleTicket } from './testing/upload-tickets';
import { FakeXhr, flushPromises } from './testing/fake-xhr';
import { UPLOAD_CONFIG } from './upload-config';
import { isAbortError, UploadedPart, UploadTransfer, UploadTransferError } from './upload-transfer';

describe('UploadTransfer', () => {
  let transfer: UploadTransfer;
  let progress: number[];

  beforeEach(() => {
    FakeXhr.reset();
    progress = [];
    TestBed.configureTestingModule({
      providers: [{ provide: UPLOAD_CONFIG, useValue: { parallelParts: 4, retryDelaysMs: [0, 0, 0], createXhr: FakeXhr.create } }],
    });
    transfer = TestBed.inject(UploadTransfer);
  });

  function bytes(size: number): File {
    const content = new Uint8Array(size);
    for (let i = 0; i < size; i++) content[i] = i % 251;
    return new File([content], 'clip.mp4', { type: 'video/mp4' });
  }

  async function outcome<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
    return promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
  }

  describe('single PUT', () => {
    it('PUTs the file itself with exactly the signed headers and reports progress', async () => {
      const file = bytes(1000);
      const ticket = aSingleTicket();
      const done = transfer.send(ticket, file, (sent) => progress.push(sent), new AbortController().signal);

      const [xhr] = FakeXhr.sent;
      expect(xhr.method).toBe('PUT');
      expect(xhr.url).toBe(ticket.single!.url);
      expect(xhr.requestHeaders).toEqual({ 'Content-Type': 'video/mp4' });
      expect(xhr.body).toBe(file);

      xhr.progress(250);
      xhr.progress(700);
      xhr.respond(200);
      expect(await done).toBeUndefined();
      expect(progress).toEqual([250, 700, 1000]);
    });

    it("fails with storage's reason when it refuses", async () => {
      const done = outcome(transfer.send(aSingleTicket(), bytes(10), () => undefined, new AbortController().signal));
      FakeXhr.sent[0].respond(403, {}, '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');

      const { error } = await done;
      expect(error).toBeInstanceOf(UploadTransferError);
      expect((error as Error).message).toBe('Storage refused the upload (403): Request has expired');
    });

    it('fails on a network error', async () => {
      const done = outcome(transfer.send(aSingleTicket(), bytes(10), () => undefined, new AbortController().signal));
      FakeXhr.sent[0].networkError();
      expect(((await done).error as Error).message).toMatch(/interrupted/);
    });

    it('aborts the request when cancelled', async () => {
      const cancel = new AbortController();
      const done = outcome(transfer.send(aSingleTicket(), bytes(10), () => undefined, cancel.signal));
      cancel.abort();

      expect(FakeXhr.sent[0].aborted).toBe(true);
      expect(isAbortError((await done).error)).toBe(true);
    });
  });

  describe('multipart', () => {
    const partSize = 100;

    it('sends the parts four at a time without Content-Type and collects their ETags', async () => {
      const file = bytes(550);
      const ticket = aMultipartTicket(550, partSize);
      let parts: UploadedPart[] | undefined;
      void transfer.send(ticket, file, (sent) => progress.push(sent), new AbortController().signal).then((p) => (parts = p));

      // Four in flight; the fifth and sixth wait for a free slot.
      expect(FakeXhr.sent.map((x) => x.url)).toEqual(ticket.multipart!.parts.slice(0, 4).map((p) => p.url));
      for (const xhr of FakeXhr.sent) {
        expect(xhr.method).toBe('PUT');
        expect(xhr.requestHeaders).toEqual({});
        expect(xhr.body?.type).toBe('');
      }
      expect(FakeXhr.sent.map((x) => x.body?.size)).toEqual([100, 100, 100, 100]);

      FakeXhr.sent[1].progress(40);
      FakeXhr.sent[0].progress(60);
      expect(progress.at(-1)).toBe(100);

      FakeXhr.sent[1].respond(200, { ETag: '"etag-2"' });
      await flushPromises();
      expect(FakeXhr.sent).toHaveLength(5);
      expect(progress.at(-1)).toBe(160);

      FakeXhr.sent[0].respond(200, { ETag: '"etag-1"' });
      await flushPromises();
      expect(FakeXhr.sent).toHaveLength(6);
      expect(FakeXhr.sent[5].body?.size).toBe(50);

      for (const [i, xhr] of FakeXhr.sent.entries()) {
        if (xhr.status === 0) xhr.respond(200, { ETag: `"etag-${i + 1}"` });
        await flushPromises();
      }
      await flushPromises();

      expect(parts).toEqual([1, 2, 3, 4, 5, 6].map((n) => ({ partNumber: n, etag: `"etag-${n}"` })));
      expect(progress.at(-1)).toBe(550);
    });

    it('sends each part the right slice of the file', async () => {
      const file = bytes(250);
      void transfer.send(aMultipartTicket(250, partSize), file, () => undefined, new AbortController().signal);

      const expected = new Uint8Array(await file.slice(200, 250).arrayBuffer());
      const third = FakeXhr.sent[2];
      expect(new Uint8Array(await third.body!.arrayBuffer())).toEqual(expected);
    });

    it('retries a failed part on its own, up to 3 times', async () => {
      const done = transfer.send(aMultipartTicket(200, partSize), bytes(200), (sent) => progress.push(sent), new AbortController().signal);
      const [first, second] = FakeXhr.sent;
      second.respond(200, { ETag: '"b"' });
      first.progress(80);
      first.networkError();
      await flushPromises();

      // Progress forgets the lost bytes; the same part goes again.
      expect(progress.at(-1)).toBe(100);
      expect(FakeXhr.sent).toHaveLength(3);
      expect(FakeXhr.sent[2].url).toBe(first.url);
      FakeXhr.sent[2].respond(500, {}, '<Error><Code>InternalError</Code><Message>Try again</Message></Error>');
      await flushPromises();
      FakeXhr.sent[3].respond(200, { ETag: '"a"' });

      expect(await done).toEqual([
        { partNumber: 1, etag: '"a"' },
        { partNumber: 2, etag: '"b"' },
      ]);
    });

    it('gives up after 3 retries and stops the other parts', async () => {
      const done = outcome(transfer.send(aMultipartTicket(300, partSize), bytes(300), () => undefined, new AbortController().signal));
      const others = FakeXhr.sent.slice(1);
      for (let attempt = 0; attempt < 4; attempt++) {
        FakeXhr.sent.filter((x) => x.url === FakeXhr.sent[0].url).at(-1)!.networkError();
        await flushPromises();
      }

      const { error } = await done;
      expect(error).toBeInstanceOf(UploadTransferError);
      expect(FakeXhr.sent.filter((x) => x.url === FakeXhr.sent[0].url)).toHaveLength(4);
      expect(others.every((x) => x.aborted)).toBe(true);
    });

    it('fails a part that storage does not confirm with an ETag', async () => {
      const done = outcome(transfer.send(aMultipartTicket(100, partSize), bytes(100), () => undefined, new AbortController().signal));
      for (let attempt = 0; attempt < 4; attempt++) {
        FakeXhr.sent.at(-1)!.respond(200);
        await flushPromises();
      }
      expect(((await done).error as Error).message).toMatch(/no ETag/);
    });

    it('aborts every running part when cancelled', async () => {
      const cancel = new AbortController();
      const done = outcome(transfer.send(aMultipartTicket(800, partSize), bytes(800), () => undefined, cancel.signal));
      expect(FakeXhr.sent).toHaveLength(4);
      cancel.abort();
      await flushPromises();

      expect(FakeXhr.sent.every((x) => x.aborted)).toBe(true);
      expect(FakeXhr.sent).toHaveLength(4);
      expect(isAbortError((await done).error)).toBe(true);
    });
  });
});
