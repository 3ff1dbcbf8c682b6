import type { CreatePartnershipInput } from '../../../common/contracts/partnerships';
import { createPartnership } from '../../../server/modules/partnerships';
import type { Ctx } from '../../../server/platform/authz';
import { buildInstitution, JANOW } from './institutions';

let counter = 0;

/** The three institutions model A needs, in the gmina Janów Lubelski. */
export async function buildIntegrationPartners(ctx: Ctx) {
  const [ops, pup, ngo] = await Promise.all([
    buildInstitution(ctx, { type: 'ops', name: `Ośrodek Pomocy Społecznej ${++counter}` }),
    buildInstitution(ctx, {
      type: 'pup',
      name: `Powiatowy Urząd Pracy ${counter}`,
      territoryCode: JANOW.powiat,
    }),
    buildInstitution(ctx, { type: 'ngo', name: `Stowarzyszenie Razem ${counter}` }),
  ]);
  return { ops, pup, ngo };
}

/**
 * An integration partnership (model A) created through the real service: the OPS leads, the NGO
 * coordinates and the PUP implements, in the gmina Janów Lubelski. Overrides change any field.
 */
export async function buildPartnership(ctx: Ctx, overrides: Partial<CreatePartnershipInput> = {}) {
  const partners = await buildIntegrationPartners(ctx);
  const partnership = await createPartnership(ctx, {
    name: `Partnerstwo na rzecz aktywizacji nr ${++counter}`,
    kind: 'integrationPartnership',
    area: [JANOW.gmina],
    members: [
      { institutionId: partners.ops.id, role: 'leader' },
      { institutionId: partners.ngo.id, role: 'coordinator' },
      { institutionId: partners.pup.id, role: 'implementer' },
    ],
    ...overrides,
  });
  const memberOf = (institutionId: string) =>
    partnership.members.find((m) => m.institutionId === institutionId)!;
  return {
    ...partners,
    partnership,
    id: partnership.row.id,
    members: {
      ops: memberOf(partners.ops.id),
      ngo: memberOf(partners.ngo.id),
      pup: memberOf(partners.pup.id),
    },
  };
}
