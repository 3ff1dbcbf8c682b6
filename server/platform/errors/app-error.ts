export const errorKinds = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  unsupportedMediaType: 415,
  rateLimited: 429,
  internal: 500,
} as const;

export type ErrorKind = keyof typeof errorKinds;

export interface FieldError {
  /** Dotted path of the field in the request, e.g. `address.postalCode`. */
  field: string;
  code: string;
  message: string;
}

/**
 * The one error type services throw. `id` is an i18n key in the `errors` namespace, so the
 * same value names the error for programs and finds its message for people.
 */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly id: string,
    readonly options: {
      params?: Record<string, unknown>;
      fields?: { field: string; id: string; params?: Record<string, unknown> }[];
      /** Extra data for the client, e.g. the current state of a record on a version conflict. */
      details?: unknown;
    } = {},
  ) {
    super(id);
    this.name = 'AppError';
  }

  get statusCode(): number {
    return errorKinds[this.kind];
  }
}

export const notFound = (id = 'notFound') => new AppError('notFound', id);

/** A stale `version` on update: the client gets the record as it is now, to show what changed. */
export const versionConflict = (current: unknown) =>
  new AppError('conflict', 'versionConflict', { details: { current } });
