import { createTheme } from '@mantine/core';

/** Mantine's default primary shade fails WCAG contrast on white; shade 8 passes (stack notes). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif',
  focusRing: 'always',
  defaultRadius: 'sm',
});
