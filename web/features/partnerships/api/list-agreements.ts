import { useQuery } from '@tanstack/react-query';
import type {
  AgreementDiff,
  AgreementList,
  AgreementState,
  AgreementVersionView,
  AgreementView,
  UnsignedAgreementView,
} from '../../../../common/contracts/partnership-agreements';
import { api } from '../../../lib/api';
import { partnershipKey } from './keys';

const base = (id: string) => `/api/partnerships/${id}/agreements`;

/** The partnership's agreements, all or of one state (filtered by the server the way it shows states). */
export const useAgreements = (id: string, state: AgreementState | null = null) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'agreements', { state }],
    queryFn: () => api<AgreementList>('GET', state ? `${base(id)}?state=${state}` : base(id)),
  });

export const useAgreement = (id: string, agreementId: string | null) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'agreements', agreementId],
    queryFn: () => api<AgreementView>('GET', `${base(id)}/${agreementId}`),
    enabled: agreementId !== null,
  });

export const useAgreementVersions = (id: string, agreementId: string) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'agreements', agreementId, 'versions'],
    queryFn: () => api<{ items: AgreementVersionView[] }>('GET', `${base(id)}/${agreementId}/versions`),
  });

export const useAgreementDiff = (id: string, agreementId: string, from: number | null, to: number | null) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'agreements', agreementId, 'diff', from, to],
    queryFn: () => api<AgreementDiff>('GET', `${base(id)}/${agreementId}/diff?from=${from}&to=${to}`),
    enabled: from !== null && to !== null && from !== to,
  });

/** Downloads are plain links: the browser sends the session cookie. */
export const agreementPdfUrl = (id: string, agreementId: string, n: number) =>
  `${base(id)}/${agreementId}/versions/${n}/pdf`;
export const scanUrl = (id: string, agreementId: string, signatureId: string) =>
  `${base(id)}/${agreementId}/signatures/${signatureId}/scan`;

/** Agreements in signature that my institutions have not signed, across partnerships. */
export const useUnsignedAgreements = () =>
  useQuery({
    queryKey: ['partnerships', 'unsigned-agreements'],
    queryFn: () => api<{ items: UnsignedAgreementView[] }>('GET', '/api/partnerships/unsigned-agreements'),
  });
