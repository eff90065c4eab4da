import type { Express } from 'express';

interface Layer {
  rawPath?: string | string[];
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

const paths = (p: string | string[] | undefined) => (p === undefined ? [''] : Array.isArray(p) ? p : [p]);
const join = (prefix: string, path: string) => (prefix + (path === '/' ? '' : path)).replace(/\/+/g, '/');

/** Every `METHOD /path` the app's routers serve, read from Express's own router stack. */
export function servedRoutes(app: Express): string[] {
  const found = new Set<string>();
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const path of paths(layer.route.path))
          for (const method of Object.keys(layer.route.methods))
            if (method !== '_all') found.add(`${method.toUpperCase()} ${join(prefix, path)}`);
      } else if (layer.handle.stack) {
        for (const path of paths(layer.rawPath)) walk(layer.handle.stack, join(prefix, path));
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return [...found].sort();
}
