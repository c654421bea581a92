import { HttpHeaders, HttpInterceptorFn, HttpRequest, HttpResponse } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import { from, of } from 'rxjs';
import { switchMap } from 'rxjs/operators';

/**
 * A request index.html started before the app's script arrived (see the inline script there):
 * the landing page's data, so that it is on its way while the script downloads.
 */
export interface EarlyFetch {
  readonly url: string;
  /** Null when the request failed on the network. */
  readonly response: Promise<Response | null>;
}

declare global {
  interface Window {
    lessonstageEarlyFetch?: EarlyFetch[];
  }
}

/**
 * Answers the first matching GET from a request index.html started, once; any other request,
 * and that one when it failed or did not succeed, goes to the network as usual, so errors, 401
 * refreshes and retries behave exactly as without it.
 */
export const earlyFetchInterceptor: HttpInterceptorFn = (req, next) => {
  const early = takeEarlyFetch(inject(DOCUMENT).defaultView, req);
  if (!early) {
    return next(req);
  }
  return from(toHttpResponse(early)).pipe(switchMap((response) => (response ? of(response) : next(req))));
};

function takeEarlyFetch(window: Window | null, req: HttpRequest<unknown>): EarlyFetch | null {
  const started = window?.lessonstageEarlyFetch;
  if (!started || req.method !== 'GET' || req.responseType !== 'json') {
    return null;
  }
  const index = started.findIndex((early) => early.url === req.urlWithParams);
  if (index < 0) {
    return null;
  }
  // Used once: a retry or a later visit to the same page asks the API again.
  return started.splice(index, 1)[0]!;
}

async function toHttpResponse(early: EarlyFetch): Promise<HttpResponse<unknown> | null> {
  const response = await early.response;
  if (!response?.ok) {
    return null;
  }
  try {
    return new HttpResponse({
      body: await response.json(),
      headers: new HttpHeaders(Object.fromEntries(response.headers.entries())),
      status: response.status,
      statusText: response.statusText,
      url: response.url,
    });
  } catch {
    // A body that is not JSON: let the real request produce the error HttpClient would.
    return null;
  }
}
