import { Router } from 'express';
import mongoose from 'mongoose';

/** `{status:"ok", db:"ok"}` only when the database answers a ping; 503 otherwise. */
export function healthRouter(): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const db = mongoose.connection.db;
    const ok = await Promise.race([
      db
        ? db
            .admin()
            .ping()
            .then(
              () => true,
              () => false,
            )
        : Promise.resolve(false),
      new Promise<boolean>((r) => setTimeout(() => r(false), 2000).unref()),
    ]);
    res.status(ok ? 200 : 503).json(ok ? { status: 'ok', db: 'ok' } : { status: 'error', db: 'error' });
  });
  return router;
}
