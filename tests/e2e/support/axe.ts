import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Moves the pointer off the page and waits until no CSS transition or animation is running: a
 * dialog still fading in, or a button that opened under the pointer in its hover colour, shows
 * colours the user does not rest on, which axe would report as contrast failures.
 */
async function settled(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * Runs axe-core against WCAG 2.1 A and AA on the page as it is now, and fails with one line per
 * offending element (rule, element, what to fix), so a failure can be fixed without a rerun.
 */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `- [${v.id}] ${n.target.join(' ')}: ${v.help}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, '\n    ')}` : ''}`,
    ),
  );
  throw new Error(`Accessibility violations on ${label}:\n${lines.join('\n')}`);
}
