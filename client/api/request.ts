import { currentLocale } from '@client/i18n';
import { ApiError } from './ApiError';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One JSON call to `/api`: same-origin cookies, the UI language as `Accept-Language`,
 * problem+json turned into an {@link ApiError}. A 204 resolves to `undefined`.
 */
export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
  extraHeaders?: Record<string, string>,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
    ...extraHeaders,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
  }
  if (response.status === 204) return undefined as T;
  const isJson = /json/.test(response.headers.get('Content-Type') ?? '');
  const data: unknown = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) throw ApiError.fromProblem(response.status, data as never);
  if (!isJson) throw new ApiError(response.status, 'bad_response', `Expected JSON from ${path}`);
  return data as T;
}
