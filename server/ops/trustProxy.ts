import { isIP } from 'node:net';

/** What Express's `trust proxy` setting accepts: off, every hop, a hop count, or addresses. */
export type TrustProxy = boolean | number | string[];

/** Express's names for address ranges, besides addresses and CIDR subnets. */
const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrSubnet(entry: string): boolean {
  if (NAMED.has(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || !address || !isIP(address)) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

/**
 * TRUST_PROXY: how many proxies in front of the app set X-Forwarded-For/-Proto (`1` for one
 * load balancer), `true`/`false`, or the proxies' addresses, comma-separated (`10.0.0.0/8,
 * loopback`). Unset: one hop in production (behind the TLS proxy it expects), none otherwise.
 */
export function parseTrustProxy(raw: string | undefined, production: boolean): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '') return production ? 1 : false;
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isAddressOrSubnet(e));
  if (bad.length || !entries.length)
    throw new Error(
      `TRUST_PROXY must be a number of proxy hops, true, false, or comma-separated addresses/subnets (10.0.0.0/8, loopback); cannot read ${JSON.stringify(bad.join(',') || value)}.`,
    );
  return entries;
}

/** The setting as a person would write it, for the start-up log. */
export const describeTrustProxy = (t: TrustProxy): string =>
  Array.isArray(t) ? t.join(',') : typeof t === 'number' ? `${t} hop${t === 1 ? '' : 's'}` : String(t);
