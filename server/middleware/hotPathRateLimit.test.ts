import { ipKeyGenerator } from 'express-rate-limit';
import { expect, test } from 'vitest';
import { clientKeys } from './hotPathRateLimit';

test('client keys are exactly ipKeyGenerator’s: IPv4 itself, IPv6 its /56 network, mapped IPv4 the IPv4', () => {
  const keyOf = clientKeys();
  const addresses = [
    '127.0.0.1',
    '203.0.113.7',
    '::1',
    '2001:db8:1234:5678::1',
    '2001:db8:1234:56ff:abcd::2',
    '2001:db8:1234:5700::1',
    '::ffff:198.51.100.4',
    '',
  ];
  for (let round = 0; round < 2; round++) for (const ip of addresses) expect(keyOf(ip), ip).toBe(ipKeyGenerator(ip));
  // Two addresses of one /56 count as one client; the next /56 is another.
  expect(keyOf('2001:db8:1234:5678::1')).toBe(keyOf('2001:db8:1234:56ff:abcd::2'));
  expect(keyOf('2001:db8:1234:5700::1')).not.toBe(keyOf('2001:db8:1234:5678::1'));
});

test('the IPv6 keys worked out stay bounded and stay right after the cache starts over', () => {
  const keyOf = clientKeys();
  for (let i = 0; i < 10_050; i++) {
    const ip = `2001:db8:${(i >> 8).toString(16)}:${(i & 255).toString(16)}::1`;
    if (i % 997 === 0) expect(keyOf(ip)).toBe(ipKeyGenerator(ip));
    else keyOf(ip);
  }
  expect(keyOf('2001:db8:0:1::1')).toBe(ipKeyGenerator('2001:db8:0:1::1'));
});
