import { type CSSVariablesResolver, createTheme, Loader } from '@mantine/core';

/**
 * Mantine's default primary shade fails WCAG contrast on white; shade 8 passes (stack notes).
 * A loader is a plain span, on which the label screen readers need (`aria-label`) is not
 * allowed; as a live status it is both allowed and announced.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif',
  focusRing: 'always',
  defaultRadius: 'sm',
  components: { Loader: Loader.extend({ defaultProps: { role: 'status' } }) },
});

/**
 * Mantine's dimmed grey (hints, captions, labels) and error red fail the 4.5:1 contrast of
 * WCAG 2.1 AA on white; one shade darker each passes. The text of light blue elements (the
 * active navigation link) fails on their hover background (blue 2), and the outline red, green
 * and orange (buttons in striped rows, alert titles) fail on white or on a striped row: darker
 * tones pass.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[8],
    '--mantine-color-blue-light-color': '#0b3d91',
    '--mantine-color-red-outline': t.colors.red[9],
    '--mantine-color-green-outline': '#237032',
    '--mantine-color-orange-outline': '#b93d0c',
  },
  dark: {},
});
