import { describe, expect, it } from 'vitest';
import { kindIssues, missingRequirements } from './partnership-kinds';

const ids = (requirements: { id: string }[]) => requirements.map((r) => r.id);

describe('kinds of partnership', () => {
  it('an integration partnership needs an OPS (or CUS), a PUP and an NGO or PES', () => {
    expect(ids(missingRequirements('integrationPartnership', [{ type: 'ops' }]))).toEqual([
      'pup',
      'ngoOrPes',
    ]);
    expect(
      missingRequirements('integrationPartnership', [{ type: 'cus' }, { type: 'pup' }, { type: 'pes' }]),
    ).toEqual([]);
  });

  it('JST authorities, other OPS and employers may join an integration partnership', () => {
    const members = [
      { type: 'ops' },
      { type: 'pup' },
      { type: 'ngo' },
      { type: 'jstGmina' },
      { type: 'other' },
    ] as const;
    expect(missingRequirements('integrationPartnership', members)).toEqual([]);
    expect(kindIssues('integrationPartnership', members, [{ code: '0605053', level: 'gmina' }])).toEqual([]);
  });

  it('a coalition counts members by the role of seed 000 they play, not by their type alone', () => {
    const members = [
      { type: 'jstGmina', coalitionRole: 'jst1' },
      { type: 'owes', coalitionRole: 'owes' },
      { type: 'cis', coalitionRole: 'cisKis' },
      { type: 'pes', coalitionRole: 'ops' },
    ] as const;
    expect(ids(missingRequirements('socialEmploymentCoalition', members))).toEqual(['socialEconomyEntity']);
    expect(kindIssues('socialEmploymentCoalition', members, [])).toEqual([
      { field: 'member', index: 3, id: 'coalitionRoleForType' },
    ]);
  });

  it('every coalition member plays a role, and only coalition members do', () => {
    expect(kindIssues('socialEmploymentCoalition', [{ type: 'ops' }], [])).toEqual([
      { field: 'member', index: 0, id: 'coalitionRoleRequired' },
    ]);
    expect(kindIssues('integrationPartnership', [{ type: 'ops', coalitionRole: 'ops' }], [])).toEqual([
      { field: 'member', index: 0, id: 'coalitionRoleNotInKind' },
    ]);
  });

  it("a PZK gathers one powiat's institutions; the region's may join from outside", () => {
    const area = [{ code: '0605', level: 'powiat' }] as const;
    const members = [
      { type: 'ops', territoryCode: '0605053' },
      { type: 'pcpr', territoryCode: '0605' },
      { type: 'rops', territoryCode: '06' },
      { type: 'ngo', territoryCode: '0663011' },
    ] as const;
    expect(missingRequirements('partnerTeam', members)).toEqual([]);
    expect(kindIssues('partnerTeam', members, area)).toEqual([
      { field: 'member', index: 3, id: 'outsidePowiat' },
    ]);
    expect(
      kindIssues(
        'partnerTeam',
        [],
        [
          { code: '0605053', level: 'gmina' },
          { code: '0663011', level: 'gmina' },
        ],
      ),
    ).toEqual([{ field: 'area', index: 0, id: 'areaSinglePowiat' }]);
  });

  it('a JST consortium needs two local governments', () => {
    expect(ids(missingRequirements('jstConsortium', [{ type: 'jstGmina' }, { type: 'ops' }]))).toEqual([
      'twoJst',
    ]);
    expect(missingRequirements('jstConsortium', [{ type: 'jstGmina' }, { type: 'jstPowiat' }])).toEqual([]);
  });

  it('no partnership covers only a part of a gmina, and a coalition covers no voivodeship', () => {
    expect(kindIssues('integrationPartnership', [], [{ code: '0605054', level: 'gminaPart' }])).toEqual([
      { field: 'area', index: 0, id: 'areaLevel' },
    ]);
    expect(kindIssues('socialEmploymentCoalition', [], [{ code: '06', level: 'voivodeship' }])).toEqual([
      { field: 'area', index: 0, id: 'areaLevel' },
    ]);
  });
});
