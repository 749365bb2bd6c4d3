/** Fixed settings shared by the Playwright config and the tests. */

/** The facilitator passphrase the test server is started with. */
export const TEST_PASSPHRASE = 'e2e-samenspel-test-passphrase';

/** The port the built app listens on during the end-to-end run (E2E_PORT to run two at once). */
export const TEST_PORT = Number(process.env.E2E_PORT ?? 4317);

export const BASE_URL = `http://127.0.0.1:${TEST_PORT}`;

/**
 * The loopback "Wi-Fi" of the flaky-phone tests: phones open the app through it, under another
 * port, as through a reverse proxy, so the server is told it is an address of its own
 * (SAMENSPEL_ALLOWED_ORIGINS), as an operator tells it a proxy's.
 */
export const FLAKY_PROXY_PORT = TEST_PORT + 1;
