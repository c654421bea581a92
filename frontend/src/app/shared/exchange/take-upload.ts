import { inject, Injectable } from '@angular/core';
import type { SubmissionUploadRequest } from '@lessonstage/shared';
import { firstValueFrom } from 'rxjs';

import { UploadTransfer } from '../uploads/upload-transfer';
import { ExchangeApi } from './exchange.api';

/** Where a finished upload is, as the API's send and reply routes take it. */
export interface UploadedTake {
  readonly key: string;
  readonly multipartUploadId?: string;
  readonly parts?: readonly { readonly partNumber: number; readonly etag: string }[];
}

/**
 * A take (or a teacher's answer) straight to storage: a ticket from the API, then the bytes
 * through the presigned URLs (large files in parts, each retried on its own). A failed multipart
 * upload is aborted, so storage keeps no half file.
 */
@Injectable({ providedIn: 'root' })
export class TakeUpload {
  private readonly api = inject(ExchangeApi);
  private readonly transfer = inject(UploadTransfer);

  async upload(file: Blob, request: SubmissionUploadRequest, onProgress: (sentBytes: number) => void, signal: AbortSignal): Promise<UploadedTake> {
    const ticket = await firstValueFrom(this.api.uploadTicket(request));
    try {
      const parts = await this.transfer.send(ticket, file, onProgress, signal);
      return { key: ticket.key, ...(ticket.multipart ? { multipartUploadId: ticket.multipart.uploadId, parts } : {}) };
    } catch (error) {
      if (ticket.multipart) {
        this.api.abortUpload(ticket.key, ticket.multipart.uploadId).subscribe({ error: () => undefined });
      }
      throw error;
    }
  }
}
