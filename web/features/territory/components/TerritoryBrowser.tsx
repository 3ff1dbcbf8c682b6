import { Anchor, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TerritorialUnitView } from '../../../../common/contracts/territory';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate } from '../../../lib/format';
import { unitKindKey, unitName } from '../../../lib/territory-label';
import { useUnit } from '../api/get-unit';
import { useChildren } from '../api/list-children';
import { useUnits } from '../api/list-units';
import { TerritoryBreadcrumbs } from './TerritoryBreadcrumbs';
import { UnitsTable } from './UnitsTable';

function Fact({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value}
      </Text>
    </div>
  );
}

/** What the register says of the open unit: its code, kind, date, and how many units lie below. */
function UnitFacts({ unit }: { unit: TerritorialUnitView }) {
  const { t } = useTranslation('territory');
  const counts = [
    { key: 'powiats', value: unit.descendantCounts.powiat },
    { key: 'gminas', value: unit.descendantCounts.gmina },
    { key: 'gminaParts', value: unit.descendantCounts.gminaPart },
  ].filter((c) => c.value > 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="territory-unit-title">
      <Title order={2} size="h3" id="territory-unit-title" mb="sm">
        {unitName(unit, t)}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0} spacing="sm">
        <Fact label={t('facts.code')} value={unit.code} />
        <Fact label={t('facts.kind')} value={t(`kinds.${unitKindKey(unit)}`)} />
        <Fact label={t('facts.validOn')} value={formatDate(unit.validOn)} />
        {counts.map((c) => (
          <Fact key={c.key} label={t(`facts.${c.key}`)} value={c.value} />
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <Loader aria-label={t('loading')} />;
}

/** The voivodeships: where browsing starts. */
function RegisterRoot() {
  const { t } = useTranslation('territory');
  const voivodeships = useUnits({ level: ['voivodeship'], pageSize: 100 });
  return (
    <Stack>
      <TerritoryBreadcrumbs />
      {voivodeships.error && <Text role="alert">{voivodeships.error.message}</Text>}
      {voivodeships.data ? (
        <UnitsTable items={voivodeships.data.items} caption={t('browse.rootCaption')} />
      ) : (
        !voivodeships.error && <Loading />
      )}
    </Stack>
  );
}

/** One unit opened: the path above it, its facts, and the units directly below it. */
function UnitBrowser({ code }: { code: string }) {
  const { t } = useTranslation('territory');
  const unit = useUnit(code);
  const children = useChildren(code);
  const error = unit.error ?? children.error;
  if (error)
    return (
      <Stack>
        <TerritoryBreadcrumbs />
        <Text role="alert">{error.message}</Text>
        <Anchor renderRoot={(props) => <Link {...props} to="/territory" search={{}} />}>
          {t('browse.root')}
        </Anchor>
      </Stack>
    );
  if (!unit.data || !children.data) return <Loading />;
  return (
    <Stack>
      <TerritoryBreadcrumbs unit={unit.data} />
      <UnitFacts unit={unit.data} />
      {children.data.items.length > 0 ? (
        <UnitsTable
          items={children.data.items}
          caption={t('browse.childrenCaption', { name: unitName(unit.data, t) })}
        />
      ) : (
        <EmptyState title={t('browse.noChildren')} />
      )}
    </Stack>
  );
}

/** Drilling down the register: voivodeship → powiat → gmina → its parts. */
export function TerritoryBrowser({ unitCode }: { unitCode?: string }) {
  return unitCode ? <UnitBrowser code={unitCode} /> : <RegisterRoot />;
}
