/**
 * A tiny cookie-keeping HTTP client for API tests: one instance = one browser session. Given
 * several base URLs (app processes of one cluster), it sends each request to the next one.
 */
export class Client {
  private cookies = new Map<string, string>();
  private bases: string[];
  private turn = 0;
  constructor(base: string | string[], first = 0) {
    this.bases = typeof base === 'string' ? [base] : base;
    this.turn = first;
  }
  /** Sends the next request to base URL number `i` (an app process of a cluster). */
  at(i: number): this {
    this.turn = i;
    return this;
  }
  /** The base URL of the next request. */
  get base(): string {
    return this.bases[this.turn++ % this.bases.length]!;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    const text = await res.text();
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: res.status, headers: res.headers, json: json as any, text }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  get = (p: string, h?: Record<string, string>) => this.request('GET', p, undefined, h);
  post = (p: string, b?: unknown, h?: Record<string, string>) => this.request('POST', p, b, h);
  patch = (p: string, b?: unknown, h?: Record<string, string>) => this.request('PATCH', p, b, h);
  put = (p: string, b?: unknown, h?: Record<string, string>) => this.request('PUT', p, b, h);
  delete = (p: string, h?: Record<string, string>) => this.request('DELETE', p, undefined, h);
}
