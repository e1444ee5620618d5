import type { RequestHandler } from 'express';
import { findActiveUser } from '../../auth/queries';
import type { Db } from '../../db/connect';

/**
 * Resolves the session's user on every request, from the database: a user disabled since signing
 * in is signed out at once, and a role or provider change applies on the next page.
 */
export function currentUser(db: Db): RequestHandler {
  return async (req, res, next) => {
    try {
      const id = req.session.userId;
      if (id !== undefined) {
        const user = await findActiveUser(db, id);
        if (user) res.locals.user = user;
        else delete req.session.userId;
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}
