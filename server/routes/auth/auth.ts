import { Router } from 'express';
import { normalizeEmail, passwordProblem } from '@shared/auth';
import { loginRetryAfter, recordLoginFailure, resetLoginFailures } from '@server/auth/loginThrottle';
import { updateUser } from '@server/auth/updateUser';
import { burnPasswordCheck, hashPassword, needsRehash, verifyPassword } from '@server/auth/password';
import { destroySession, signIn } from '@server/auth/session';
import { assertAllowed } from '@server/designs/screenTexts';
import { accountSuspended, emailTaken, invalidBody, invalidCredentials, rateLimited } from '@server/errors';
import { requireUser } from '@server/middleware/auth';
import type { RateLimits } from '@server/middleware/rateLimit';
import { SESSION_COOKIE } from '@server/middleware/session';
import { validateBody } from '@server/middleware/validateBody';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { UserModel, type UserDoc } from '@server/models/User';
import { presentSessionUser } from '@server/presenters/userPresenter';
import { loginSchema, registerSchema } from './schema';

const PASSWORD_MESSAGES = {
  too_short: 'The password is too short.',
  too_long: 'The password is too long.',
  is_email: 'The password may not be the email address.',
} as const;

/** Register, sign in, sign out, who am I. Mounted after the session middleware and `loadUser`. */
export function authRouter(limits: Pick<RateLimits, 'login' | 'register'>, secureCookie: boolean): Router {
  const router = Router();

  router.post('/register', limits.register, validateBody(registerSchema), async (req, res) => {
    const { email, password, displayName } = req.body;
    const weak = passwordProblem(password, email);
    if (weak) throw invalidBody([{ code: `password_${weak}`, message: PASSWORD_MESSAGES[weak], path: '/password' }]);
    assertAllowed([['/displayName', displayName]], req.locale);
    let doc;
    try {
      doc = await UserModel.create({
        email,
        emailLower: normalizeEmail(email),
        passwordHash: await hashPassword(password),
        displayName,
      });
    } catch (err) {
      throw isDuplicateKey(err) ? emailTaken() : err;
    }
    await signIn(req, doc._id);
    req.log.info({ userId: doc._id }, 'account created');
    res.status(201).json(presentSessionUser(doc));
  });

  router.post('/login', limits.login, validateBody(loginSchema), async (req, res) => {
    const { email, password } = req.body;
    const emailLower = normalizeEmail(email);
    const wait = await loginRetryAfter(emailLower);
    if (wait > 0) throw rateLimited(wait);
    const user = await UserModel.findOne({ emailLower }).lean<UserDoc | null>();
    // Unknown email and wrong password: the same work, the same answer.
    const ok = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
    if (!user || !ok) {
      await recordLoginFailure(emailLower);
      req.log.warn({ userId: user?._id ?? null }, 'sign-in failed');
      throw invalidCredentials();
    }
    if (user.suspendedAt) throw accountSuspended();
    await resetLoginFailures(emailLower);
    if (needsRehash(user.passwordHash)) {
      const passwordHash = await hashPassword(password);
      // Best effort: under the user's permit, so a concurrent role change is not undone.
      await updateUser(user._id, (u) =>
        u.passwordHash === user.passwordHash ? { update: { $set: { passwordHash } } } : null,
      ).catch(() => undefined);
    }
    await signIn(req, user._id);
    req.log.info({ userId: user._id }, 'signed in');
    res.json(presentSessionUser(user));
  });

  router.post('/logout', async (req, res) => {
    if (req.session) await destroySession(req.session);
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookie });
    res.status(204).end();
  });

  router.get('/me', requireUser(), (req, res) => {
    res.json(req.user);
  });

  return router;
}
