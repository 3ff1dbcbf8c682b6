import { Badge, Button, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../../common/contracts/preparation-programmes';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useCreateMatch, useProposals } from '../api/programmes';

/**
 * The matching dialog: open needs asking for the qualification the graduate obtained, those in
 * the programme's territory first; the CIS/KIS chooses one and the provider is told.
 */
export function MatchDialog({
  programmeId,
  participant,
}: {
  programmeId: string;
  participant: ParticipantView;
}) {
  const { t } = useTranslation('preparationProgrammes');
  const [opened, { open, close }] = useDisclosure(false);
  const proposals = useProposals(programmeId, participant.id, opened);
  const match = useCreateMatch(programmeId, participant.id);
  const [needId, setNeedId] = useState<string | null>(null);
  return (
    <>
      <Button
        size="xs"
        onClick={() => {
          match.reset();
          setNeedId(null);
          open();
        }}
      >
        {t('match.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('match.title', { label: participant.label })}
        size="lg"
        centered
        closeButtonProps={{ 'aria-label': t('close', { ns: 'common' }) }}
      >
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await match.mutateAsync({ staffingNeedId: needId ?? '' }).catch(() => undefined);
            if (done) close();
          }}
        >
          <Stack>
            <Text size="sm">
              {t('match.hint', { qualification: participant.qualificationObtained?.name ?? '' })}
            </Text>
            <ErrorSummary error={match.error} fieldIds={{ staffingNeedId: 'field-staffingNeedId' }} />
            {!proposals.data && <Loader aria-label={t('loading', { ns: 'common' })} />}
            {proposals.data?.items.length === 0 && <Text size="sm">{t('match.none')}</Text>}
            {proposals.data && proposals.data.items.length > 0 && (
              <Radio.Group
                id="field-staffingNeedId"
                label={t('match.need')}
                value={needId}
                onChange={setNeedId}
                withAsterisk
              >
                <Stack gap="xs" mt="xs">
                  {proposals.data.items.map((n) => (
                    <Radio
                      key={n.id}
                      value={n.id}
                      label={
                        <Group gap="xs">
                          <span>
                            {t('match.proposal', {
                              provider: n.institution.name,
                              position: n.position,
                              place: n.territory.name,
                              from: formatDate(n.neededFrom),
                              left: n.headcount - n.filled,
                            })}
                          </span>
                          {n.inProgrammeTerritory && (
                            <Badge size="sm" variant="light">
                              {t('match.inTerritory')}
                            </Badge>
                          )}
                        </Group>
                      }
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={match.isPending} disabled={!needId}>
                {t('match.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
