/** A tiny cookie-keeping HTTP client for API tests: one instance = one browser session. */
export class Client {
  constructor(
    readonly base: string,
    private cookies = new Map<string, string>(),
  ) {}

  /** The same browser session (the same cookies) talking to another app process. */
  at(base: string): Client {
    return new Client(base, this.cookies);
  }

  /** A copy of today's cookies that later answers do not change (a copied, "stolen" cookie). */
  copy(base = this.base): Client {
    return new Client(base, new Map(this.cookies));
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
