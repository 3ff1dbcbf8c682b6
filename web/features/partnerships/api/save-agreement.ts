import type {
  AgreementView,
  CreateAgreementInput,
  SignAgreementInput,
  TerminateAgreementInput,
  UpdateAgreementInput,
  WithdrawFromSignatureInput,
} from '../../../../common/contracts/partnership-agreements';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

const base = (id: string) => `/api/partnerships/${id}/agreements`;

export const useCreateAgreement = (id: string) =>
  usePartnershipMutation(id, (body: CreateAgreementInput) => api<AgreementView>('POST', base(id), body));

export const useUpdateAgreement = (id: string, agreementId: string) =>
  usePartnershipMutation(id, (body: UpdateAgreementInput) =>
    api<AgreementView>('PATCH', `${base(id)}/${agreementId}`, body),
  );

export const useSendToSignature = (id: string, agreementId: string) =>
  usePartnershipMutation(id, (body: { version: number }) =>
    api<AgreementView>('POST', `${base(id)}/${agreementId}/send-to-signature`, body),
  );

export const useWithdrawFromSignature = (id: string, agreementId: string) =>
  usePartnershipMutation(id, (body: WithdrawFromSignatureInput) =>
    api<AgreementView>('POST', `${base(id)}/${agreementId}/withdraw-from-signature`, body),
  );

export const useTerminateAgreement = (id: string, agreementId: string) =>
  usePartnershipMutation(id, (body: TerminateAgreementInput) =>
    api<AgreementView>('POST', `${base(id)}/${agreementId}/terminate`, body),
  );

export const useSignAgreement = (id: string, agreementId: string) =>
  usePartnershipMutation(id, (body: SignAgreementInput) =>
    api<AgreementView>('POST', `${base(id)}/${agreementId}/signatures`, body),
  );
