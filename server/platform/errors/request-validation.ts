import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType, z } from 'zod';
import { en, pl } from 'zod/locales';
import type { Locale } from '../../../common/i18n';
import { hasKey, t } from '../i18n';
import type { FieldError } from './app-error';

/** Raised by the validator compiler; keeps zod's raw issues so messages follow the request's language. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly issues: z.core.$ZodIssue[],
    readonly part: string,
  ) {
    super('Request validation failed');
  }
}

/**
 * Like fastify-type-provider-zod's compiler, but the error keeps the issues unformatted (zod
 * formats with one global locale; a Polish and an English user share this server).
 */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };

const zodLocales = { pl: pl(), en: en() } as const;

/**
 * Turns zod issues into field errors. A schema's custom message that is a key of the `errors`
 * catalog (e.g. `field.nipChecksum`) is translated; otherwise zod's own locale phrases it.
 */
export function fieldErrors(issues: z.core.$ZodIssue[], locale: Locale): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          field: [...issue.path, key].join('.'),
          code: 'field.unknown',
          message: t(locale, 'errors:field.unknown'),
        });
      }
      continue;
    }
    const field = issue.path.join('.');
    const input = (issue as { input?: unknown }).input;
    // A missing field is "required", whatever the kind of value it would have had (string, enum…).
    if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      out.push({ field, code: 'field.required', message: t(locale, 'errors:field.required') });
      continue;
    }
    if (hasKey(`errors:${issue.message}`)) {
      out.push({ field, code: issue.message, message: t(locale, `errors:${issue.message}`, issue as never) });
      continue;
    }
    const localized = zodLocales[locale].localeError(issue as never);
    const message = typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
    out.push({ field, code: issue.code, message });
  }
  return out;
}
