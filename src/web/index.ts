import { CASELOAD_IMPORT_PAGE } from './admin/caseload-import';
import { CQC_IMPORT_PAGE, cqcImportForm } from './admin/cqc-import';
import express, { type Router } from 'express';
import type { Services } from '../services';
import { notificationPages } from '../notifications/pages';
import { outboxPages } from '../notifications/outbox-pages';
import { webhookPages } from '../webhooks/pages';
import { adminPages } from './admin';
import { accountPages } from './account/sessions';
import { twoFactorPages } from './account/two-factor';
import { providerUserPages } from './provider/users';
import { pageErrorHandler, pageNotFound } from './errors';
import { mountPages } from './page';
import { providerPages } from './provider';
import { pageSecurityHeaders } from './security';
import { currentUser } from './session/current-user';
import { csrfSynchronisedProtection } from './session/csrf';
import { webSession } from './session/session';
import { mountSignIn } from './sign-in/pages';
import { scrutinyPages } from './scrutiny';
import { staffPages } from './staff';
import { createViews } from './views';

/** The paths the pages own; every other path goes on to the JSON API untouched. */
const PAGE_PATHS =
  /^\/($|sign-in$|sign-in\/oidc(\/callback)?$|sign-in\/forgot$|sign-in\/code$|sign-out$|account($|\/)|staff\/|my\/|admin\/|scrutiny$|scrutiny\.pdf$)/;

/**
 * The server-rendered pages (GOV.UK Frontend, nunjucks). They call the same domain commands and
 * queries as the API, never the API itself. Sessions, cookies and CSRF tokens exist only here:
 * the API stays bearer-token only, because no API route ever sees this router's session.
 */
export function webPages(services: Services): Router {
  const views = createViews({ watch: services.config.env === 'development' });
  const router = express.Router();
  router.use((req, res, next) => {
    if (!PAGE_PATHS.test(req.path)) return next('router');
    res.locals.views = views;
    next();
  });
  router.use(
    pageSecurityHeaders({
      production: services.config.env === 'production',
      // Sign-out is a form whose answer redirects to the provider's end-session page.
      formTargets: services.config.web.oidc ? [new URL(services.config.web.oidc.issuerUrl).origin] : [],
    }),
  );
  router.use(webSession(services));
  router.post(CQC_IMPORT_PAGE, cqcImportForm());
  router.post(CASELOAD_IMPORT_PAGE, cqcImportForm());
  router.use(express.urlencoded({ extended: false, limit: '20kb', parameterLimit: 200 }));
  router.use(csrfSynchronisedProtection);
  router.use(currentUser(services.db));
  mountSignIn(router, services);
  mountPages(router, allPages(services));
  router.use(pageNotFound);
  router.use(pageErrorHandler(services.logger));
  return router;
}

/** Every declared page (mounted above; the page-access test walks them). */
export function allPages(services: Services) {
  return [
    ...staffPages(services),
    ...providerPages(services),
    ...adminPages(services),
    ...notificationPages(services),
    ...webhookPages(services),
    ...outboxPages(services),
    ...accountPages(services),
    ...twoFactorPages(services),
    ...providerUserPages(services),
    ...scrutinyPages(services),
  ];
}
