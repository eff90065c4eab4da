import { expect, test } from 'vitest';
import { loadConfig } from './config';

const base = { SESSION_SECRET: 's', DATA_DIR: '/tmp/prosumer-config-test' };

test('one app process by default: it may cache sessions in memory', () => {
  expect(loadConfig(base).topology).toEqual({ processes: 1, singleProcess: true });
});

test('more than one process is refused with the embedded database or without Redis, saying what to set', () => {
  expect(() => loadConfig({ ...base, APP_PROCESSES: '2' })).toThrow(/set MONGODB_URI.*or set APP_PROCESSES=1/);
  expect(() => loadConfig({ ...base, APP_PROCESSES: '3', MONGODB_URI: 'mongodb://db/x' })).toThrow(
    /APP_PROCESSES=3 needs REDIS_URL/,
  );
  expect(() => loadConfig({ ...base, APP_PROCESSES: '0' })).toThrow(/1 or more/);
  const many = loadConfig({ ...base, APP_PROCESSES: '2', MONGODB_URI: 'mongodb://db/x', REDIS_URL: 'redis://r' });
  expect(many.topology).toEqual({ processes: 2, singleProcess: false });
});
