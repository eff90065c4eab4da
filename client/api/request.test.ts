import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './index';

afterEach(() => vi.unstubAllGlobals());

describe('api', () => {
  it('turns problem+json into an ApiError with code, message and errors', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Invalid design',
      status: 422,
      code: 'invalid_design',
      detail: 'The bag is too heavy',
      errors: [{ code: 'capacity_exceeded', message: 'zu schwer' }],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(problem), {
            status: 422,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
      ),
    );
    const error = await api.createDesign({ catalogId: 'muesli', selections: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'invalid_design',
      message: 'The bag is too heavy',
      errors: problem.errors,
    });
  });

  it('sends JSON with same-origin credentials and the UI language', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(api.deleteDesign('a b')).resolves.toBeUndefined();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/designs/a%20b');
    expect(init).toMatchObject({ method: 'DELETE', credentials: 'same-origin' });
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('de');
  });

  it('reports a network failure as network_error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api.listCatalogs()).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });
});
