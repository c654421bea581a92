export interface ApiResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** A tiny JSON client for API tests against a running stack. */
export function apiClient(baseUrl: string) {
  async function request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    // A file (a certificate PDF) is not JSON: its body stays empty here; the status and headers tell.
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    const parsed = text && (!type || type.includes('json') || type.startsWith('text/'));
    return { status: response.status, body: (parsed ? JSON.parse(text) : {}) as T, headers: response.headers };
  }
  return {
    request,
    get: <T = Record<string, unknown>>(path: string, token?: string) => request<T>('GET', path, { token }),
    post: <T = Record<string, unknown>>(path: string, body: unknown = {}, token?: string) => request<T>('POST', path, { body, token }),
  };
}
