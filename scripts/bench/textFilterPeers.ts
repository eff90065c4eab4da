/**
 * The npm profanity libraries our text filter is compared with, and the throughput measurement
 * shared by all of them. Every library gets its German dictionary where it ships one and its own
 * evasion options switched on; result caches are off so repeated texts cost the same for
 * everyone. "Abusive" = flagged (ours: verdict != allow, site default policy, no UI locale).
 */
import { createRequire } from 'node:module';
import { AllProfanity } from 'allprofanity';
import { Filter } from 'glin-profanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { checkText } from '../../server/textFilter/index';

export type Check = (text: string) => boolean;

export function contenders(): [string, Check][] {
  const allprofanity = new AllProfanity({ languages: ['english', 'german'], silent: true });
  const glin = new Filter({
    languages: ['english', 'german'],
    detectLeetspeak: true,
    leetspeakLevel: 'moderate',
    normalizeUnicode: true,
    cacheResults: false,
  });
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  // leo-profanity ships only an English dictionary and no type declarations.
  const leo = createRequire(import.meta.url)('leo-profanity') as { check(text: string): boolean };
  return [
    ['prosumer', (t) => checkText(t).verdict !== 'allow'],
    ['allprofanity (en+de)', (t) => allprofanity.check(t)],
    ['glin-profanity (en+de)', (t) => glin.isProfane(t)],
    ['obscenity (englishDataset)', (t) => obscenity.hasMatch(t)],
    ['leo-profanity (en)', (t) => leo.check(t)],
  ];
}

/** CPU microseconds (user + system) this process has used: time it was descheduled does not count. */
const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/**
 * Checks per second of `check` over all `texts`, run for about `ms` milliseconds of this
 * process's CPU time: on a machine shared with other work, wall time would also count the time
 * the OS gave to others, and that differs from slice to slice.
 */
function rate(check: Check, texts: string[], ms: number): number {
  let checks = 0;
  const start = cpuMicros();
  let elapsed = 0;
  while (elapsed < ms * 1000) {
    for (const t of texts) check(t);
    checks += texts.length;
    elapsed = cpuMicros() - start;
  }
  return (checks / elapsed) * 1e6;
}

/**
 * Checks per second for every filter: a warm-up, then ROUNDS interleaved slices per filter and
 * the median, so a noisy machine (other processes, GC) hits every filter alike.
 */
export function throughputs(checks: Check[], texts: string[]): number[] {
  const ROUNDS = 15;
  for (const check of checks) for (let i = 0; i < 3; i++) for (const t of texts) check(t);
  const samples: number[][] = checks.map(() => []);
  for (let r = 0; r < ROUNDS; r++) checks.forEach((check, i) => samples[i].push(rate(check, texts, 120)));
  return samples.map((xs) => Math.round(xs.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]));
}
