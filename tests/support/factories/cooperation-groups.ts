import type { ConveneGroupInput } from '../../../common/contracts/cooperation-groups';
import {
  attachDocument,
  conveneGroup,
  createAuthorisation,
} from '../../../server/modules/cooperation-groups';
import { createPartnership } from '../../../server/modules/partnerships';
import type { Ctx } from '../../../server/platform/authz';
import { buildInstitution, JANOW } from './institutions';

let counter = 0;

/** The smallest file the server takes for a PDF: its magic bytes. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n% upoważnienie\n%%EOF\n', 'utf8');

/**
 * Model D's cast in the gmina Janów Lubelski, created through the real services: the OPS, the
 * gmina government, a PUP and a PCPR of the powiat, the ROPS, and a PZK of the OPS, PUP and PCPR.
 * With `authorised` (default) the OPS holds a valid authorisation with its document.
 */
export async function buildCooperationSetting(ctx: Ctx, { authorised = true } = {}) {
  counter += 1;
  const [ops, gmina, pup, pcpr, rops] = await Promise.all([
    buildInstitution(ctx, { type: 'ops', name: `Ośrodek Pomocy Społecznej GGK ${counter}` }),
    buildInstitution(ctx, { type: 'jstGmina', name: `Gmina Janów Lubelski ${counter}` }),
    buildInstitution(ctx, {
      type: 'pup',
      name: `Powiatowy Urząd Pracy GGK ${counter}`,
      territoryCode: JANOW.powiat,
    }),
    buildInstitution(ctx, {
      type: 'pcpr',
      name: `Powiatowe Centrum Pomocy Rodzinie ${counter}`,
      territoryCode: JANOW.powiat,
    }),
    buildInstitution(ctx, {
      type: 'rops',
      name: `Regionalny Ośrodek Polityki Społecznej ${counter}`,
      territoryCode: JANOW.voivodeship,
    }),
  ]);
  const team = await createPartnership(ctx, {
    name: `Partnerski Zespół Kooperacji ${counter}`,
    kind: 'partnerTeam',
    area: [JANOW.powiat],
    members: [
      { institutionId: ops.id, role: 'leader' },
      { institutionId: pup.id, role: 'member' },
      { institutionId: pcpr.id, role: 'member' },
    ],
  });
  const authorisation = authorised
    ? await attachDocument(
        ctx,
        (
          await createAuthorisation(ctx, {
            opsInstitutionId: ops.id,
            jstInstitutionId: gmina.id,
            number: `OR.0052.${counter}.2026`,
            issuedOn: '2026-01-05',
            validFrom: '2026-01-05',
          })
        ).id,
        { fileName: 'upowaznienie.pdf', bytes: PDF_BYTES },
      )
    : null;
  return { ops, gmina, pup, pcpr, rops, teamId: team.row.id, authorisation };
}

/** A group convened by the setting's OPS, asking the PUP and the PCPR for delegates. */
export async function buildGroup(
  ctx: Ctx,
  setting: Awaited<ReturnType<typeof buildCooperationSetting>>,
  overrides: Partial<ConveneGroupInput> = {},
) {
  const group = await conveneGroup(ctx, {
    opsInstitutionId: setting.ops.id,
    partnerTeamId: setting.teamId,
    label: `Rodzina A. ${++counter}`,
    subjectKind: 'family',
    situation: 'Długotrwałe bezrobocie rodziców i zaległości czynszowe.',
    internalNotes: 'Notatka wewnętrzna ośrodka',
    invitedInstitutionIds: [setting.pup.id, setting.pcpr.id],
    ...overrides,
  });
  const memberOf = (institutionId: string) => group.members.find((m) => m.institution.id === institutionId)!;
  return { group, id: group.id, pupMember: memberOf(setting.pup.id), pcprMember: memberOf(setting.pcpr.id) };
}
