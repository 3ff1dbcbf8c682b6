import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { v7 as uuidv7 } from 'uuid';
import {
  authRoutes,
  invitationRoutes,
  oidcRoutes,
  profileRoutes,
  resolveSession,
  userRoutes,
} from './modules/accounts';
import {
  beneficiaryRoutes,
  deliveryRoutes,
  diagnosisRoutes,
  referralRoutes,
  rodoRoutes,
  supportPlanRoutes,
  surveyRoutes,
} from './modules/beneficiaries';
import { commissioningRoutes } from './modules/commissioning';
import { cooperationGroupRoutes } from './modules/cooperation-groups';
import { findInstitutionById, institutionRoutes } from './modules/institutions';
import { partnershipRoutes } from './modules/partnerships';
import { pesInitiativeRoutes } from './modules/pes-initiatives';
import { pilotsRoutes } from './modules/pilots';
import { preparationProgrammeRoutes } from './modules/preparation-programmes';
import { readinessRoutes } from './modules/provider-readiness';
import { socialServiceRoutes } from './modules/social-services';
import { staffingNeedRoutes } from './modules/staffing-needs';
import { territoryRoutes } from './modules/territory';
import { trainingProgrammeRoutes } from './modules/training-programme';
import { createAuditRoutes } from './platform/audit';
import { authPlugin } from './platform/auth';
import { type RouteEntry, routeEntries } from './platform/authz';
import type { AppConfig } from './platform/config';
import type { Db } from './platform/db';
import { errorHandlerPlugin, sendNotFound, zodValidatorCompiler } from './platform/errors';
import { healthRoutes, type RoutesPlugin } from './platform/http';
import { attentionRoutes } from './workflows/attention.routes';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route with the access it demands: read by the permission-matrix test. */
    routeCatalog: RouteEntry[];
  }
}

export interface BuildAppOptions {
  config: AppConfig;
  db: Db;
  /** Pino options; tests pass `false` to keep output quiet. */
  logger?: boolean | object;
}

/** Every module's routes, in the order of the module dependency graph. */
const routes: RoutesPlugin[] = [
  healthRoutes,
  territoryRoutes,
  institutionRoutes,
  authRoutes,
  oidcRoutes,
  userRoutes,
  invitationRoutes,
  profileRoutes,
  partnershipRoutes,
  beneficiaryRoutes,
  referralRoutes,
  diagnosisRoutes,
  supportPlanRoutes,
  rodoRoutes,
  deliveryRoutes,
  surveyRoutes,
  cooperationGroupRoutes,
  socialServiceRoutes,
  readinessRoutes,
  staffingNeedRoutes,
  preparationProgrammeRoutes,
  pesInitiativeRoutes,
  pilotsRoutes,
  commissioningRoutes,
  trainingProgrammeRoutes,
  attentionRoutes,
  createAuditRoutes({ institutionName: async (db, id) => (await findInstitutionById(db, id))?.name ?? null }),
];

/**
 * Builds the application: platform plugins first (errors, security headers, auth, CSRF, rate
 * limit, OpenAPI), then each module's routes, then the web app. Holds no state of its own
 * beyond the database, so any number of instances can serve one database.
 */
export async function buildApp({ config, db, logger = true }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger === true ? { level: config.logLevel } : logger,
    requestIdHeader: 'x-request-id',
    genReqId: () => uuidv7(),
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();

  const routeCatalog: RouteEntry[] = [];
  app.decorate('routeCatalog', routeCatalog);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'))
      routeCatalog.push(...routeEntries(route));
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorHandlerPlugin);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(authPlugin, {
    db,
    cookieSecret: config.sessionSecret,
    secureCookies: config.secureCookies,
    resolveSession,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Kooperacja API', version: '0.1.0', description: 'API of the Kooperacja platform' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  for (const plugin of routes) await plugin(app, { db, config });

  const serveWeb = existsSync(join(config.webDist, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: config.webDist, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes in the browser: any other GET outside the API gets its page.
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return sendNotFound(request, reply);
  });
  return app;
}
