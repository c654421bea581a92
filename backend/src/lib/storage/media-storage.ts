/**
 * The content bucket as the API uses it: presigned uploads for the browser (straight to storage)
 * and a few direct calls. Implemented by S3MediaStorage (s3-media-storage.ts) for both S3 and the
 * local S3 server. Playback and download links are ObjectLinks (object-links.ts).
 */
export interface StoredObject {
  readonly sizeBytes: number;
  readonly contentType: string;
}

export interface PresignedPart {
  readonly partNumber: number;
  readonly url: string;
  /** Exact byte count the part must have (the signature covers Content-Length). */
  readonly sizeBytes: number;
}

export interface CompletedPart {
  readonly partNumber: number;
  readonly etag: string;
}

export interface MediaStorage {
  /** A PUT URL that accepts exactly `sizeBytes` bytes of `contentType` at `key` until it expires. */
  presignPut(key: string, contentType: string, sizeBytes: number, expiresInSeconds: number): Promise<string>;
  /** Starts a multipart upload and presigns one PUT URL per part (all parts `partSize` bytes but the last). */
  startMultipart(
    key: string,
    contentType: string,
    sizeBytes: number,
    partSize: number,
    expiresInSeconds: number,
  ): Promise<{ uploadId: string; parts: PresignedPart[] }>;
  completeMultipart(key: string, uploadId: string, parts: readonly CompletedPart[]): Promise<void>;
  abortMultipart(key: string, uploadId: string): Promise<void>;
  /** Size and type of a stored object, or undefined if there is none. */
  head(key: string): Promise<StoredObject | undefined>;
  /**
   * Up to `length` bytes of `key` from `offset` (fewer at the end of the object), for reading a
   * file's header without downloading the file.
   */
  readRange(key: string, offset: number, length: number): Promise<Uint8Array>;
  deleteObject(key: string): Promise<void>;
  /** Writes a small file the API makes itself (a certificate PDF), private like every key outside public/. */
  putObject(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** The immediate sub-folders of `prefix` (which ends in "/"), each ending in "/". */
  listFolders(prefix: string): Promise<string[]>;
  /** Every key under `prefix` (which ends in "/"), at any depth, in key order. */
  listKeys(prefix: string): Promise<string[]>;
  /** Copies an object within the bucket (server-side: any size), keeping its content type. */
  copyObject(fromKey: string, toKey: string): Promise<void>;
  /** Deletes every object under `prefix` (which ends in "/"); answers how many went. */
  deleteFolder(prefix: string): Promise<number>;
  /** Reads a whole small file the API wrote (at most MAX_RANGE_BYTES); undefined if there is none. */
  readObject(key: string): Promise<Uint8Array | undefined>;
}
