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

/** What the page script below logs for each Content-Security-Policy violation. */
const CSP_MARK = 'samenspel-csp-violation';

/**
 * Collects uncaught page errors, dialogs and Content-Security-Policy violations, so a test can
 * assert there were none. A violation is caught twice over: the page's own
 * `securitypolicyviolation` event and the browser's console report of it.
 */
export function watchPage(page: Page, label: string, problems: string[]): Page {
  void page.addInitScript((mark) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${mark}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  }, CSP_MARK);
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(CSP_MARK) || /Content Security Policy/i.test(text)) {
      problems.push(`${label}: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`${label}: page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`${label}: unexpected ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}
