import { currentLocale } from './i18n';

export interface ApiFieldError {
  field: string;
  code: string;
  message: string;
}

/** An error answer of the API, with the message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: ApiFieldError[] = [],
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: Promise<string> | undefined;

async function fetchCsrf(): Promise<string> {
  const response = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  return ((await response.json()) as { token: string }).token;
}

/** After sign-in or sign-out the CSRF secret cookie may change: fetch a new token next time. */
export function resetCsrf() {
  csrfToken = undefined;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * The one way the web app calls the API: same-origin cookies, the CSRF token on changes, the
 * interface language, and error answers turned into {@link ApiError}.
 */
export async function api<T>(method: Method, url: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-locale': currentLocale() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    csrfToken ??= fetchCsrf();
    headers['x-csrf-token'] = await csrfToken;
  }
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const payload = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; fields?: ApiFieldError[]; details?: unknown };
  } | null;
  if (payload?.error?.code === 'csrf' && !retried) {
    resetCsrf();
    return api<T>(method, url, body, true);
  }
  throw new ApiError(
    response.status,
    payload?.error?.code ?? 'internal',
    payload?.error?.message ?? response.statusText,
    payload?.error?.fields ?? [],
    payload?.error?.details,
  );
}

/**
 * A file the API renders from a posted body (a card printed from a code the server does not keep):
 * the same cookies and CSRF token as {@link api}, the answer as a Blob, errors as {@link ApiError}.
 */
export async function apiFile(url: string, body: unknown): Promise<Blob> {
  csrfToken ??= fetchCsrf();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-locale': currentLocale(),
      'x-csrf-token': await csrfToken,
    },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (response.ok) return response.blob();
  const payload = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; fields?: ApiFieldError[] };
  } | null;
  throw new ApiError(
    response.status,
    payload?.error?.code ?? 'internal',
    payload?.error?.message ?? response.statusText,
    payload?.error?.fields ?? [],
  );
}

/** Saves a file rendered by {@link apiFile} under the given name, as the browser's download. */
export async function downloadApiFile(url: string, body: unknown, fileName: string): Promise<void> {
  const objectUrl = URL.createObjectURL(await apiFile(url, body));
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(objectUrl);
}

/** Builds a query string from defined, non-empty values. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
