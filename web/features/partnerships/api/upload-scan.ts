import type { AgreementView } from '../../../../common/contracts/partnership-agreements';
import { ApiError, api } from '../../../lib/api';
import { currentLocale } from '../../../lib/i18n';
import { usePartnershipMutation } from './keys';
import { scanUrl } from './list-agreements';

/** The scan goes as multipart (field `scan`), which the JSON client does not send; errors read the same. */
async function uploadScan(url: string, file: File): Promise<AgreementView> {
  const { token } = await api<{ token: string }>('GET', '/api/auth/csrf');
  const form = new FormData();
  form.append('scan', file);
  const response = await fetch(url, {
    method: 'PUT',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': token, 'x-locale': currentLocale() },
  });
  const payload = (await response.json().catch(() => null)) as
    | (AgreementView & { error?: undefined })
    | { error?: { code: string; message: string; fields?: ApiError['fields'] } }
    | null;
  if (response.ok) return payload as AgreementView;
  const error = payload?.error;
  throw new ApiError(
    response.status,
    error?.code ?? 'internal',
    error?.message ?? response.statusText,
    error?.fields ?? [],
  );
}

export const useUploadScan = (id: string, agreementId: string) =>
  usePartnershipMutation(id, ({ signatureId, file }: { signatureId: string; file: File }) =>
    uploadScan(scanUrl(id, agreementId, signatureId), file),
  );
