import { PUBLIC_ID } from '@server/models/ids';
import { Router } from 'express';
import { EMAIL_MAX, ROLES, type Role } from '@shared/auth';
import { updateUser } from '@server/auth/updateUser';
import { badRequest, forbidden, notFound } from '@server/errors';
import { requireRole } from '@server/middleware/auth';
import { validateBody } from '@server/middleware/validateBody';
import { UserModel, type UserDoc } from '@server/models/User';
import { canSetRoles } from '@server/policies/rolePolicy';
import { presentAdminUser } from '@server/presenters/userPresenter';
import { rolesSchema } from './schema';

const SEARCH_LIMIT = 50;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `shopper` always, the rest in the canonical order. */
const withShopper = (roles: Role[]): Role[] => ROLES.filter((r) => r === 'shopper' || roles.includes(r));

/** GET /api/admin/users?email=, PATCH /api/admin/users/:id {roles}: admins only. */
export function adminUsersRouter(): Router {
  const router = Router();
  router.use(requireRole('admin'));

  router.get('/', async (req, res) => {
    const email = req.query.email ?? '';
    if (typeof email !== 'string' || email.length > EMAIL_MAX)
      throw badRequest('Give at most one email (or the start of one) to search for.');
    const start = email.trim().toLowerCase();
    // Anchored and escaped: an index-friendly prefix search, no regex from the client.
    const filter = start ? { emailLower: new RegExp(`^${escapeRegExp(start)}`) } : {};
    const docs = await UserModel.find(filter).sort({ emailLower: 1 }).limit(SEARCH_LIMIT).lean<UserDoc[]>();
    res.json(docs.map(presentAdminUser));
  });

  router.patch('/:id', validateBody(rolesSchema), async (req, res) => {
    const id = String(req.params.id);
    if (!PUBLIC_ID.test(id)) throw notFound(`User ${id}`);
    const roles = withShopper(req.body.roles);
    if (!canSetRoles(res.locals.actor, id, roles))
      throw forbidden('You cannot remove your own admin role; ask another admin.');
    // Through the user's write permit: a suspension on another process at the same moment is kept.
    const doc = await updateUser(id, () => ({ update: { $set: { roles } } }));
    req.log.info({ adminId: req.user?.id, userId: id, roles }, 'roles changed');
    res.json(presentAdminUser(doc));
  });

  return router;
}
