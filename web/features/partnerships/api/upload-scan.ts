import type { AgreementView } from '../../../../common/contracts/partnership-agreements';
import { uploadFile } from '../../../lib/upload';
import { usePartnershipMutation } from './keys';
import { scanUrl } from './list-agreements';

/** The signed copy of one signature goes as multipart, field `scan`. */
export const useUploadScan = (id: string, agreementId: string) =>
  usePartnershipMutation(id, ({ signatureId, file }: { signatureId: string; file: File }) =>
    uploadFile<AgreementView>('PUT', scanUrl(id, agreementId, signatureId), 'scan', file),
  );
