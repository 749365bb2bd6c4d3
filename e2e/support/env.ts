/** Fixed settings shared by the Playwright config and the tests. */

/** The facilitator passphrase the test server is started with. */
export const TEST_PASSPHRASE = 'e2e-samenspel-test-passphrase';

/** The port the built app listens on during the end-to-end run. */
export const TEST_PORT = 4317;

export const BASE_URL = `http://127.0.0.1:${TEST_PORT}`;
