import { Anchor, Badge, List, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEventView } from '../../../../common/contracts/audit';
import { formatDateTime } from '../../../lib/format';
import { actionLabel, entityTypeLabel, fieldLabel } from '../labels';

function ValueText({ value }: { value: unknown }) {
  const { t } = useTranslation('audit');
  if (value === null || value === undefined || value === '') return <>{t('emptyValue')}</>;
  if (typeof value === 'boolean') return <>{t(value ? 'yes' : 'no', { ns: 'common' })}</>;
  return <>{typeof value === 'string' ? value : JSON.stringify(value)}</>;
}

/** What changed, as "field: before → after", or the facts of an event that changed no field. */
function Changes({ event }: { event: AuditEventView }) {
  const { t } = useTranslation('audit');
  if (event.changes.length === 0 && !event.details) return null;
  return (
    <List size="sm" listStyleType="none" spacing={2}>
      {event.changes.map((c) => (
        <List.Item key={c.field}>
          <Text span fw={600} size="sm">
            {fieldLabel(event.entityType, c.field)}:
          </Text>{' '}
          <Text span size="sm" td="line-through" c="dimmed">
            <ValueText value={c.before} />
          </Text>{' '}
          <span aria-hidden>→</span>
          <VisuallyHidden>{t('table.changedTo')}</VisuallyHidden> <ValueText value={c.after} />
        </List.Item>
      ))}
      {Object.entries(event.details ?? {}).map(([key, value]) => (
        <List.Item key={key}>
          <Text span fw={600} size="sm">
            {key}:
          </Text>{' '}
          <ValueText value={value} />
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The log's rows. A person's name and a record narrow the log to them when clicked, which is how
 * the actor and record filters are set.
 */
export function AuditTable({
  items,
  onActor,
  onRecord,
}: {
  items: AuditEventView[];
  onActor: (actorId: string) => void;
  onRecord: (entityType: string, entityId: string) => void;
}) {
  const { t } = useTranslation('audit');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped captionSide="top" verticalSpacing="xs">
        <Table.Caption>{t('table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.time')}</Table.Th>
            <Table.Th>{t('table.actor')}</Table.Th>
            <Table.Th>{t('table.institution')}</Table.Th>
            <Table.Th>{t('table.action')}</Table.Th>
            <Table.Th>{t('table.record')}</Table.Th>
            <Table.Th>{t('table.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((event) => {
            const actorName = event.actor.name ?? t('systemActor');
            return (
              <Table.Tr key={event.id} data-testid="audit-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                </Table.Td>
                <Table.Td>
                  {event.actor.id ? (
                    <UnstyledButton
                      c="blue.9"
                      td="underline"
                      fz="sm"
                      onClick={() => onActor(event.actor.id!)}
                      aria-label={t('table.showActor', { name: actorName })}
                    >
                      {actorName}
                    </UnstyledButton>
                  ) : (
                    <Text size="sm">{actorName}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{event.institution?.name ?? event.institution?.id ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{actionLabel(event.action)}</Text>
                  {event.personalData && (
                    <Badge size="xs" variant="outline" color="grape.9">
                      {t('table.personalData')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entityTypeLabel(event.entityType)}</Text>
                  {event.entityId && (
                    <>
                      {event.entityType === 'institution' && event.institution?.name ? (
                        <Anchor
                          size="xs"
                          renderRoot={(props) => (
                            <Link {...props} to="/institutions/$id" params={{ id: event.entityId! }} />
                          )}
                        >
                          {event.institution.name}
                        </Anchor>
                      ) : null}
                      <UnstyledButton
                        display="block"
                        fz="xs"
                        c="blue.9"
                        td="underline"
                        ff="monospace"
                        onClick={() => onRecord(event.entityType, event.entityId!)}
                        aria-label={`${t('table.showRecord')}: …${event.entityId.slice(-12)}`}
                        title={event.entityId}
                      >
                        …{event.entityId.slice(-12)}
                      </UnstyledButton>
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  <Changes event={event} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
