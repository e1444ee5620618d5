import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import { GOVUK_FRONTEND_DIST } from './views';

const require = createRequire(import.meta.url);

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const GOVUK_DIR = path.join(GOVUK_FRONTEND_DIST, 'govuk');
/** Leaflet's built files (leaflet.js, leaflet.css, images/), for the coverage map. */
const LEAFLET_DIST = path.dirname(require.resolve('leaflet/dist/leaflet.js'));
/** The compiled GOV.UK Frontend files the layout links to (the rest of dist/ is source). */
const GOVUK_FILES = [
  'govuk-frontend.min.css',
  'govuk-frontend.min.css.map',
  'govuk-frontend.min.js',
  'govuk-frontend.min.js.map',
];

/**
 * Every asset is served by the app itself from node_modules or src/web/public: no CDN, nothing
 * fetched from the internet. /assets matches the path GOV.UK Frontend's CSS expects for its fonts
 * and images; our own files are under /assets/app.
 */
export function assetRoutes(): Router {
  const router = express.Router();
  // A missing asset falls through to the service's ordinary 404.
  const options = { index: false, maxAge: '1d' } as const;
  router.use('/assets/app', express.static(PUBLIC_DIR, options));
  router.use('/assets/leaflet', express.static(LEAFLET_DIST, options));
  for (const file of GOVUK_FILES) {
    router.get(`/assets/${file}`, (_req, res, next) => {
      res.sendFile(path.join(GOVUK_DIR, file), { maxAge: '1d' }, (err) => (err ? next() : undefined));
    });
  }
  router.use('/assets', express.static(path.join(GOVUK_DIR, 'assets'), options));
  return router;
}
