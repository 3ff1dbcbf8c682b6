import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button for a destructive or binding action: it opens a dialog that says what will happen
 * and asks for confirmation; `children` may add fields (e.g. a reason) to the dialog.
 */
export function ConfirmAction({
  label,
  title,
  message,
  confirmLabel,
  onConfirm,
  loading,
  children,
  confirmDisabled,
  ...buttonProps
}: {
  label: string;
  title: string;
  message: string;
  confirmLabel?: string;
  onConfirm: () => Promise<unknown> | undefined;
  loading?: boolean;
  children?: ReactNode;
  confirmDisabled?: boolean;
} & ButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button color="red" variant="outline" onClick={open} {...buttonProps}>
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={title}
        centered
        closeButtonProps={{ 'aria-label': t('close') }}
      >
        <Stack>
          <Text size="sm">{message}</Text>
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cancel')}
            </Button>
            <Button
              color="red"
              loading={loading}
              disabled={confirmDisabled}
              onClick={async () => {
                await onConfirm();
                close();
              }}
            >
              {confirmLabel ?? t('confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
