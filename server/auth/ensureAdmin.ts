import type { Logger } from 'pino';
import { normalizeEmail, passwordProblem } from '@shared/auth';
import type { Config } from '@server/config';
import { UserModel } from '@server/models/User';
import { hashPassword } from './password';
import { updateUser } from './updateUser';

/**
 * ADMIN_EMAIL + ADMIN_PASSWORD: creates that account as an admin, or grants the admin role to
 * the existing account (its password is then left alone). Throws a sentence saying the fix.
 */
export async function ensureAdmin(config: Pick<Config, 'adminEmail' | 'adminPassword'>, logger: Logger): Promise<void> {
  const { adminEmail, adminPassword } = config;
  if (!adminEmail && !adminPassword) return;
  if (!adminEmail || !adminPassword)
    throw new Error('Set both ADMIN_EMAIL and ADMIN_PASSWORD (or neither) to ensure an admin account.');
  const emailLower = normalizeEmail(adminEmail);
  const existing = await UserModel.findOne({ emailLower }, { _id: 1 }).lean<{ _id: string } | null>();
  if (existing) {
    await updateUser(existing._id, (u) =>
      u.roles.includes('admin') ? null : { update: { $addToSet: { roles: 'admin' } } },
    );
    logger.info({ adminEmail: emailLower }, 'admin role ensured for an existing account');
    return;
  }
  const problem = passwordProblem(adminPassword, adminEmail);
  if (problem)
    throw new Error(`ADMIN_PASSWORD is not allowed (${problem}): use 10 to 200 characters that are not the email.`);
  await UserModel.create({
    email: adminEmail.trim(),
    emailLower,
    passwordHash: await hashPassword(adminPassword),
    displayName: 'Admin',
    roles: ['shopper', 'admin'],
  });
  logger.info({ adminEmail: emailLower }, 'admin account created');
}
