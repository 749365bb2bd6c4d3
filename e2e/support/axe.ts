import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Checks one screen with axe (WCAG 2.1 A and AA) and keeps a full-page screenshot of it as an
 * attachment. Fails on any violation of impact serious or critical, listing each one.
 */
export async function checkScreen(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const slug = screen.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  // Kept as a file in the test's output folder (test-results/, an artifact even when the run
  // only has the list and JSON reporters) and attached to the report.
  const screenshot = testInfo.outputPath(`screen-${slug}.png`);
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach(`screen: ${screen}`, { path: screenshot, contentType: 'image/png' });
  // Legacy mode runs axe once inside the page. The default runs it per frame and then finishes
  // in a new blank page, a fresh renderer each time: costly with eight browsers on two cores,
  // and our screens have no frames, so the only thing legacy mode leaves out (cross-origin
  // iframes) is not there to test.
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  const report = blocking
    .map(
      (violation) =>
        `- [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes
          .map(
            (node) =>
              `    ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
          )
          .join('\n'),
    )
    .join('\n');
  if (results.violations.length > blocking.length) {
    const minor = results.violations.filter((violation) => !BLOCKING.has(violation.impact ?? ''));
    await testInfo.attach(`axe, minor: ${screen}`, {
      body: minor
        .map(
          (violation) =>
            `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length}×)`,
        )
        .join('\n'),
      contentType: 'text/plain',
    });
  }
  expect(
    blocking,
    `axe on the ${screen} screen found serious or critical violations:\n${report}`,
  ).toEqual([]);
}
