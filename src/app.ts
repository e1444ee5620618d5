import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import { bearerAuthentication } from './auth/authenticate';
import { mountRoutes } from './http/mount';
import { errorHandler, notFoundHandler } from './http/problem';
import { requestLogger } from './http/request-log';
import { buildOpenApiDocument } from './openapi/document';
import { buildRoutes } from './routes';
import type { Services } from './services';
import { webPages } from './web';
import { assetRoutes } from './web/assets';

/** Public routes answered before the request log, the pages' sessions and the API's token lookup. */
const EARLY_PATHS: ReadonlySet<string> = new Set(['/health']);

/** Builds the Express app from ready services. It never listens: src/server.ts does. */
export function createApp(services: Services) {
  const { config } = services;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);

  // Security headers on every answer, /health and the assets included (they are a few static headers).
  app.use(helmet());

  // What needs nothing else comes first: /health and the static assets are not logged, and reach no
  // session, user or token lookup (each would cost a request a database statement or more).
  const routes = buildRoutes(services);
  const authentication = bearerAuthentication(services);
  const early = routes.filter((r) => EARLY_PATHS.has(r.path));
  mountRoutes(app, early, authentication);
  app.use(assetRoutes());

  app.use(requestLogger(services.logger));
  // The server-rendered pages (src/web): their own paths, sessions and CSRF; the API below stays token-only.
  app.use(webPages(services));
  mountRoutes(
    app,
    routes.filter((r) => !EARLY_PATHS.has(r.path)),
    authentication,
  );

  // Built on its first request: ~2 MB of heap and a second or more of start-up that most instances never need.
  let openApi: object | undefined;
  const openApiDocument = () => (openApi ??= buildOpenApiDocument(routes));
  app.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  app.use('/docs', apiDocsPage(openApiDocument));

  app.use(notFoundHandler);
  app.use(errorHandler({ production: config.env === 'production' }));
  return app;
}

/**
 * The Swagger UI at /docs, loaded on its first request: swagger-ui-express and its bundle cost the
 * server ~14 MB resident that most instances never use (docs/BENCHMARKS.md "Memory").
 */
function apiDocsPage(openApiDocument: () => object): RequestHandler {
  let router: Promise<express.Router> | undefined;
  const load = async () => {
    const { default: swaggerUi } = await import('swagger-ui-express');
    return express
      .Router()
      .use(swaggerUi.serve, swaggerUi.setup(openApiDocument(), { customSiteTitle: 'HCfL API' }));
  };
  return (req, res, next) => {
    router ??= load();
    router.then((docs) => docs(req, res, next), next);
  };
}
