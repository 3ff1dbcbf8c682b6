import { ApiError, api } from './api';
import { currentLocale } from './i18n';

/**
 * Sends one file as multipart (the JSON client does not), with the CSRF token and the interface
 * language; error answers become {@link ApiError} as from `api`.
 */
export async function uploadFile<T>(
  method: 'POST' | 'PUT',
  url: string,
  field: string,
  file: File,
): Promise<T> {
  const { token } = await api<{ token: string }>('GET', '/api/auth/csrf');
  const form = new FormData();
  form.append(field, file);
  const response = await fetch(url, {
    method,
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': token, 'x-locale': currentLocale() },
  });
  const payload = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return payload as T;
  const error = (payload as { error?: { code: string; message: string; fields?: ApiError['fields'] } } | null)
    ?.error;
  throw new ApiError(
    response.status,
    error?.code ?? 'internal',
    error?.message ?? response.statusText,
    error?.fields ?? [],
  );
}
