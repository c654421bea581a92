/**
 * Short-lived GET links to stored objects, what a lesson's player and download buttons open.
 * Apart from MediaStorage (uploads and the API's own reads) because the function that hands out
 * links needs nothing else: implemented by S3ObjectLinks (s3-object-links.ts) without an S3 client.
 */
export interface ObjectLinks {
  /** A GET URL for `key` (Range requests work); with `downloadName` the browser saves it as a file. */
  presignGet(key: string, expiresInSeconds: number, downloadName?: string): Promise<string>;
}
