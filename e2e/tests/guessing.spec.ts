import { expect, test, type APIRequestContext } from '@playwright/test';
import { API, JOIN_CODE_ALPHABET, PATHS, type RoomSummary } from '@samenspel/shared';
import { watchPage } from '../support/browsers.js';
import { TEST_PASSPHRASE } from '../support/env.js';
import { startOwnServer } from '../support/own-server.js';

/**
 * The limits are reached for real, so on a server of their own: the shared test server must
 * never find 127.0.0.1 blocked.
 */
test.describe('an address that guessed too often', () => {
  let server: Awaited<ReturnType<typeof startOwnServer>>;
  let request: APIRequestContext;
  let room: RoomSummary;

  test.beforeAll(async ({ playwright }) => {
    server = await startOwnServer();
    request = await playwright.request.newContext({ baseURL: server.baseURL });
    const login = await request.post(API.session, { data: { passphrase: TEST_PASSPHRASE } });
    const { token } = (await login.json()) as { token: string };
    const created = await request.post(API.rooms, {
      headers: { Authorization: `Bearer ${token}` },
      data: { scenarioId: 'demo' },
    });
    room = (await created.json()) as RoomSummary;
  });
  test.afterAll(async () => {
    await request?.dispose();
    await server?.stop();
  });

  test('the phone says that this network tried too many codes, and for how long', async ({
    page,
  }) => {
    const problems: string[] = [];
    watchPage(page, 'phone', problems);
    const letters = [...JOIN_CODE_ALPHABET].filter((letter) => !room.code.includes(letter));
    let refused = 0;
    for (const a of letters) {
      for (const b of letters) {
        const response = await request.get(API.join(`${a}${b}${a}${b}${a}${b}`));
        if (response.status() === 429) break;
        expect(response.status()).toBe(404);
        refused++;
      }
      if ((await request.get(API.join(room.code))).status() === 429) break;
    }
    expect(refused).toBeGreaterThan(10);

    // The right code now reads like a wrong one, and the phone says why and how long to wait.
    await page.goto(`${server.baseURL}${PATHS.join(room.code)}`);
    const problem = page.getByTestId('lookup-problem');
    await expect(problem).toHaveAttribute('data-reason', 'limited');
    await expect(problem).toHaveText(
      'Vanaf dit netwerk zijn te veel onbekende codes geprobeerd. Probeer het over 10 min opnieuw.',
    );
    await expect(page.getByTestId('join-form')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('the login says how long to wait after too many wrong passphrases', async ({ page }) => {
    const problems: string[] = [];
    watchPage(page, 'facilitator', problems);
    let wrong = 0;
    for (; wrong < 100; wrong++) {
      const response = await request.post(API.session, { data: { passphrase: `gok-${wrong}` } });
      if (response.status() === 429) break;
      expect(response.status()).toBe(401);
    }
    expect(wrong).toBeGreaterThan(3);

    await page.goto(`${server.baseURL}${PATHS.facilitatorHome}`);
    await page.getByTestId('login-passphrase').fill(TEST_PASSPHRASE);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toHaveText(
      'Te vaak een onjuiste wachtwoordzin. Probeer het over 10 min opnieuw.',
    );
    await expect(page.getByTestId('new-room-form')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});
