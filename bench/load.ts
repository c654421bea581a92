import autocannon from 'autocannon';

export interface LoadFigures {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSec: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

/** autocannon against one URL: 50 connections by default, a short warm-up first. */
export async function measure(url: string, options: { connections?: number; seconds?: number; headers?: Record<string, string> } = {}): Promise<LoadFigures> {
  const connections = options.connections ?? 50;
  await autocannon({ url, connections, duration: 1, headers: options.headers });
  const result = await autocannon({ url, connections, duration: options.seconds ?? 5, headers: options.headers });
  return {
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSec: Math.round(result.requests.average),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
