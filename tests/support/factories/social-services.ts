import type { CreateOfferingInput } from '../../../common/contracts/service-offerings';
import type { CreateServiceTypeInput } from '../../../common/contracts/social-services';
import {
  createOffering,
  createQualification,
  createServiceType,
  findServiceTypeByCode,
} from '../../../server/modules/social-services';
import type { Ctx } from '../../../server/platform/authz';
import { JANOW } from './institutions';

let counter = 0;

/** A service type of the bundled catalogue (every test database holds it), by its code. */
export async function catalogueType(ctx: Ctx, code = 'uslugi-opiekuncze') {
  const type = await findServiceTypeByCode(ctx.db, code);
  if (!type) throw new Error(`The bundled catalogue has no service type ${code}`);
  return type;
}

/** A qualification created through the real service. */
export async function buildQualification(ctx: Ctx, name?: string) {
  counter += 1;
  return createQualification(ctx, { name: name ?? `Kwalifikacja testowa ${counter}` });
}

/** A service type created through the real service, in the area of the bundled social assistance type. */
export async function buildServiceType(ctx: Ctx, overrides: Partial<CreateServiceTypeInput> = {}) {
  counter += 1;
  const area = (await catalogueType(ctx)).areaId;
  return createServiceType(ctx, {
    areaId: area,
    name: `Usługa testowa ${counter}`,
    description: 'Opis usługi testowej.',
    recipients: 'Mieszkańcy gminy.',
    deliveryUnit: 'godzina usługi',
    legalBasis: ['Ustawa z dnia 12 marca 2004 r. o pomocy społecznej'],
    ...overrides,
  });
}

/** An offering of the institution, by default of home care in the gmina Janów Lubelski. */
export async function buildOffering(
  ctx: Ctx,
  institutionId: string,
  overrides: Partial<CreateOfferingInput> = {},
) {
  return createOffering(ctx, {
    institutionId,
    serviceTypeId: overrides.serviceTypeId ?? (await catalogueType(ctx)).id,
    territoryCode: JANOW.gmina,
    ...overrides,
  });
}
