import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferingView } from '../../../../common/contracts/service-offerings';
import { unitLabel } from '../../../lib/territory-label';

/** Filled badges in dark tones, and outline orange (darkened by the theme): each passes WCAG AA contrast. */
const statusBadge = {
  active: { variant: 'filled', color: 'teal.9' },
  suspended: { variant: 'outline', color: 'orange' },
  ended: { variant: 'filled', color: 'gray.8' },
} as const;

/**
 * Offerings as a table: on an institution's page each row names the service, on a service's
 * card the provider. Each links to its record in the public HSDS directory.
 */
export function OfferingsTable({
  items,
  caption,
  show,
  actions,
}: {
  items: OfferingView[];
  caption: string;
  show: 'service' | 'provider';
  actions?: (offering: OfferingView) => ReactNode;
}) {
  const { t } = useTranslation('socialServices');
  const { t: tt } = useTranslation('territory');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(show === 'service' ? 'offerings.service' : 'offerings.provider')}</Table.Th>
            <Table.Th>{t('offerings.territory')}</Table.Th>
            <Table.Th>{t('offerings.contact')}</Table.Th>
            <Table.Th>{t('offerings.status')}</Table.Th>
            <Table.Th>{t('offerings.hsds')}</Table.Th>
            {actions && <Table.Th>{t('offerings.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((offering) => (
            <Table.Tr key={offering.id} data-testid="offering-row">
              <Table.Td>
                {show === 'service' ? (
                  <Anchor
                    fw={600}
                    renderRoot={(props) => (
                      <Link {...props} to="/catalogue/types/$id" params={{ id: offering.serviceType.id }} />
                    )}
                  >
                    {offering.serviceType.name}
                  </Anchor>
                ) : (
                  <Anchor
                    fw={600}
                    renderRoot={(props) => (
                      <Link {...props} to="/institutions/$id" params={{ id: offering.institution.id }} />
                    )}
                  >
                    {offering.institution.name}
                  </Anchor>
                )}
                {offering.description && <Text size="xs">{offering.description}</Text>}
              </Table.Td>
              <Table.Td>{unitLabel(offering.territory, tt)}</Table.Td>
              <Table.Td>
                {[offering.contactName, offering.email, offering.phone].filter(Boolean).map((line) => (
                  <Text size="sm" key={line}>
                    {line}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>
                <Badge {...statusBadge[offering.status]}>{t(`offerings.statuses.${offering.status}`)}</Badge>
              </Table.Td>
              <Table.Td>
                <Anchor
                  href={offering.hsdsPath}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('offerings.hsdsLabel', { name: offering.serviceType.name })}
                >
                  JSON
                </Anchor>
              </Table.Td>
              {actions && <Table.Td>{actions(offering)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
