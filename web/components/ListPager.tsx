import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Result count and page links under every list. */
export function ListPager({
  total,
  page,
  pageSize,
  onChange,
}: {
  total: number;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" aria-live="polite" data-testid="result-count">
        {t('resultsCount', { count: total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          getControlProps={(control) => ({
            'aria-label':
              control === 'previous' ? t('previousPage') : control === 'next' ? t('nextPage') : undefined,
          })}
          getItemProps={(p) => ({ 'aria-label': `${t('page')} ${p}` })}
        />
      )}
    </Group>
  );
}
