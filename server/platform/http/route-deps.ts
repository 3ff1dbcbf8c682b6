import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from '../config';
import type { Db } from '../db';

/** What every module's routes plugin is given by the app builder. */
export interface RouteDeps {
  db: Db;
  config: AppConfig;
}

/** The app as routes see it: request and response types inferred from the zod schemas. */
export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A module's routes: a function that adds them to the app. */
export type RoutesPlugin = (app: TypedApp, deps: RouteDeps) => Promise<void>;
