/** Fixed settings shared by the Playwright config and the tests. */

/** The facilitator passphrase the test server is started with. */
export const TEST_PASSPHRASE = 'e2e-samenspel-test-passphrase';

/** The port the built app listens on during the end-to-end run (E2E_PORT to run two at once). */
export const TEST_PORT = Number(process.env.E2E_PORT ?? 4317);

export const BASE_URL = `http://127.0.0.1:${TEST_PORT}`;
