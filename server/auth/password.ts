import { argon2id, hash, needsRehash as argonNeedsRehash, verify } from 'argon2';

/** OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): ~30 ms here, costly for a GPU farm. */
const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

/** False for a wrong password and for a hash that cannot be read (never throws for bad input). */
export async function verifyPassword(digest: string, password: string): Promise<boolean> {
  try {
    return await verify(digest, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker parameters than today's and should be redone. */
export const needsRehash = (digest: string): boolean => argonNeedsRehash(digest, OPTIONS);

let dummy: Promise<string> | undefined;

/**
 * Spends the same work as checking a real password, for an email without an account:
 * unknown email and wrong password then take about the same time (no account enumeration).
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummy ??= hashPassword('not-a-real-password-only-for-timing');
  await verifyPassword(await dummy, password);
  return false;
}
