import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { t } from '../i18n';
import { AppError, type ErrorKind, errorKinds } from './app-error';
import { fieldErrors, RequestValidationError } from './request-validation';

/** Fastify's own 4xx codes, given the message a user can act on. */
const fastifyCodes: Record<string, { kind: ErrorKind; id: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { kind: 'validation', id: 'malformedJson' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { kind: 'validation', id: 'malformedJson' },
  FST_ERR_CTP_BODY_TOO_LARGE: { kind: 'tooLarge', id: 'tooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { kind: 'unsupportedMediaType', id: 'unsupportedMediaType' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { kind: 'validation', id: 'badRequest' },
  FST_CSRF_INVALID_TOKEN: { kind: 'forbidden', id: 'csrf' },
  FST_CSRF_MISSING_SECRET: { kind: 'forbidden', id: 'csrf' },
};

const statusKinds = new Map<number, ErrorKind>(
  Object.entries(errorKinds).map(([kind, status]) => [status, kind as ErrorKind]),
);

function send(reply: FastifyReply, status: number, body: Record<string, unknown>) {
  return reply.status(status).type('application/json; charset=utf-8').send({ error: body });
}

/**
 * The one place errors become HTTP: AppError kinds map to statuses, validation issues to
 * field errors in the user's language, and anything unexpected to a 500 that says nothing of
 * the internals (the details go to the log with the request id).
 */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const locale = request.locale;
  if (error instanceof RequestValidationError) {
    return send(reply, 400, {
      kind: 'validation',
      code: 'validation',
      message: t(locale, 'errors:validation'),
      part: error.part,
      fields: fieldErrors(error.issues, locale),
    });
  }
  if (error instanceof AppError) {
    return send(reply, error.statusCode, {
      kind: error.kind,
      code: error.id,
      message: t(locale, `errors:${error.id}`, error.options.params),
      ...(error.options.fields && {
        fields: error.options.fields.map((f) => ({
          field: f.field,
          code: f.id,
          message: t(locale, `errors:${f.id}`, f.params),
        })),
      }),
      ...(error.options.details !== undefined && { details: error.options.details }),
    });
  }
  const fastifyError = error as FastifyError;
  const known = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (known) {
    return send(reply, errorKinds[known.kind], {
      kind: known.kind,
      code: known.id,
      message: t(locale, `errors:${known.id}`),
    });
  }
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const kind = statusKinds.get(status) ?? 'validation';
    const id = kind === 'validation' ? 'badRequest' : kind;
    if (status === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
    return send(reply, status, { kind, code: id, message: t(locale, `errors:${id}`) });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 500, { kind: 'internal', code: 'internal', message: t(locale, 'errors:internal') });
}

/** The 404 of an unknown route, in the same shape and language as every other error. */
export const sendNotFound = (request: FastifyRequest, reply: FastifyReply) =>
  send(reply, 404, { kind: 'notFound', code: 'notFound', message: t(request.locale, 'errors:notFound') });

export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler(handleError);
});
