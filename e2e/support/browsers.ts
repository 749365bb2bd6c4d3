import { devices, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * A phone-sized context from a Playwright device descriptor. Only the emulation is taken
 * (not `defaultBrowserType`), so an iPhone descriptor works in Chromium as viewport and UA.
 */
export async function phoneContext(
  browser: Browser,
  device: keyof typeof devices,
): Promise<BrowserContext> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices[device]!;
  return browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
}

/** A desktop-sized context (facilitator laptop, projector). */
export async function desktopContext(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const { userAgent, deviceScaleFactor } = devices['Desktop Chrome'];
  return browser.newContext({ viewport, userAgent, deviceScaleFactor });
}

/** Collects uncaught page errors and dialogs, so a test can assert there were none. */
export function watchPage(page: Page, label: string, problems: string[]): Page {
  page.on('pageerror', (error) => problems.push(`${label}: page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`${label}: unexpected ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}
