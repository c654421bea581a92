import { Hono } from 'hono';
import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';

/**
 * Local stand-in for CloudFront's `/media/public/*` behaviour: serves objects under the bucket's
 * public/ prefix (course thumbnails) from s3rver. Nothing outside public/ is reachable here, and
 * s3rver itself is never exposed, since it checks no signatures.
 */
export function publicMediaRoutes(s3: S3Client, bucket: string): Hono {
  return new Hono().get('/media/public/*', async (c) => {
    const key = decodeURIComponent(c.req.path.slice('/media/'.length));
    if (key.split('/').some((part) => part === '..' || part === '')) {
      return c.json({ error: 'Not found', code: 'NotFound' }, 404);
    }
    try {
      const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: c.req.header('range') }));
      const headers: Record<string, string> = {
        'Content-Type': object.ContentType ?? 'application/octet-stream',
        'Cache-Control': 'public, max-age=300',
        'Accept-Ranges': 'bytes',
      };
      if (object.ContentLength !== undefined) headers['Content-Length'] = String(object.ContentLength);
      if (object.ContentRange) headers['Content-Range'] = object.ContentRange;
      if (object.ETag) headers['ETag'] = object.ETag;
      if (!object.Body) return c.body(null, 204, headers);
      return c.body(object.Body.transformToWebStream(), object.ContentRange ? 206 : 200, headers);
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') {
        return c.json({ error: 'Not found', code: 'NotFound' }, 404);
      }
      throw error;
    }
  });
}
