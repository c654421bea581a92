import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { earlyFetchInterceptor } from './early-fetch.interceptor';

const URL = '/api/courses?limit=12';
const PAGE = { items: [{ courseId: 'c-1' }], nextCursor: null };

function startEarlyFetch(response: Response | null): void {
  window.lessonstageEarlyFetch = [{ url: URL, response: Promise.resolve(response) }];
}

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-served-by': 'early' } });

describe('earlyFetchInterceptor', () => {
  let client: HttpClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([earlyFetchInterceptor])), provideHttpClientTesting()],
    });
    client = TestBed.inject(HttpClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    delete window.lessonstageEarlyFetch;
    http.verify();
  });

  const getPage = () => firstValueFrom(client.get(URL.split('?')[0]!, { params: { limit: 12 }, observe: 'response' }));
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

  it('answers the matching request with the early response, headers included', async () => {
    startEarlyFetch(jsonResponse(PAGE));

    const response = await getPage();

    expect(response.body).toEqual(PAGE);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-served-by')).toBe('early');
    http.expectNone(URL);
  });

  it('answers only once: the next request for the same URL goes to the network', async () => {
    startEarlyFetch(jsonResponse(PAGE));
    await getPage();

    const second = getPage();
    http.expectOne(URL).flush({ items: [], nextCursor: null });

    expect((await second).body).toEqual({ items: [], nextCursor: null });
  });

  it('sends other requests to the network and keeps the early response for its own', async () => {
    startEarlyFetch(jsonResponse(PAGE));

    const other = firstValueFrom(client.get('/api/courses', { params: { limit: 12, cursor: 'abc' } }));
    http.expectOne('/api/courses?limit=12&cursor=abc').flush(PAGE);
    await other;

    expect(window.lessonstageEarlyFetch).toHaveLength(1);
  });

  it("answers each of a lesson's early requests (course and playback) once", async () => {
    const course = { courseId: 'c-1' };
    const playback = { type: 'mp4', url: 'https://media.test/v.mp4', expiresAt: '2026-12-05T10:00:00Z' };
    window.lessonstageEarlyFetch = [
      { url: '/api/courses/c-1', response: Promise.resolve(jsonResponse(course)) },
      { url: '/api/courses/c-1/lessons/l-1/playback', response: Promise.resolve(jsonResponse(playback)) },
    ];

    expect(await firstValueFrom(client.get('/api/courses/c-1/lessons/l-1/playback'))).toEqual(playback);
    expect(await firstValueFrom(client.get('/api/courses/c-1'))).toEqual(course);
    expect(window.lessonstageEarlyFetch).toEqual([]);
    http.expectNone(() => true);
  });

  it('asks the network again when the early request was refused, so errors look as usual', async () => {
    startEarlyFetch(jsonResponse({ error: 'Not found' }, 404));

    const response = getPage().catch((error: unknown) => error);
    await settle();
    http.expectOne(URL).flush({ error: 'Not found' }, { status: 404, statusText: 'Not Found' });

    expect(await response).toMatchObject({ status: 404 });
  });

  it('asks the network again when the early request failed on the network', async () => {
    startEarlyFetch(null);

    const response = getPage();
    await settle();
    http.expectOne(URL).flush(PAGE);

    expect((await response).body).toEqual(PAGE);
  });

  it('asks the network again when the early body is not JSON', async () => {
    startEarlyFetch(new Response('<html>', { status: 200 }));

    const response = getPage();
    await settle();
    http.expectOne(URL).flush(PAGE);

    expect((await response).body).toEqual(PAGE);
  });

  it('goes to the network when nothing was started early', async () => {
    const response = getPage();
    http.expectOne(URL).flush(PAGE);

    expect((await response).body).toEqual(PAGE);
  });
});
