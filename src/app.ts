import express from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import { bearerAuthentication } from './auth/authenticate';
import { mountRoutes } from './http/mount';
import { errorHandler, notFoundHandler } from './http/problem';
import { requestLogger } from './http/request-log';
import { buildOpenApiDocument } from './openapi/document';
import { buildRoutes } from './routes';
import type { Services } from './services';
import { webPages } from './web';

/** Builds the Express app from ready services. It never listens: src/server.ts does. */
export function createApp(services: Services) {
  const { config } = services;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);

  app.use(requestLogger(services.logger));
  app.use(helmet());

  // The server-rendered pages (src/web): their own paths, sessions and CSRF; the API below stays token-only.
  app.use(webPages(services));

  const routes = buildRoutes(services);
  mountRoutes(app, routes, bearerAuthentication(services));

  const openApi = buildOpenApiDocument(routes);
  app.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(openApi, { customSiteTitle: 'HCfL API' }));

  app.use(notFoundHandler);
  app.use(errorHandler({ production: config.env === 'production' }));
  return app;
}
