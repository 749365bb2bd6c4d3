import { expect, test } from '@playwright/test';
import { API, JOIN_CODE_ALPHABET, PATHS, type RoomSummary } from '@samenspel/shared';
import { watchPage } from '../support/browsers.js';
import { TEST_PASSPHRASE } from '../support/env.js';
import { startOwnServerWithRoom } from '../support/own-server.js';

/**
 * The limits are reached for real, so on a server of their own: the shared test server must
 * never find 127.0.0.1 blocked.
 */
test.describe('an address that guessed too often', () => {
  let server: Awaited<ReturnType<typeof startOwnServerWithRoom>>;
  let room: RoomSummary;

  test.beforeAll(async ({ playwright }) => {
    server = await startOwnServerWithRoom(playwright.request);
    room = server.room;
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('the phone says that this network tried too many codes, and for how long', async ({
    page,
  }) => {
    const problems: string[] = [];
    watchPage(page, 'phone', problems);
    // The guesser throws away the device cookie each answer brings (Node's fetch keeps none),
    // so the network's budget is what stops them.
    const letters = [...JOIN_CODE_ALPHABET].filter((letter) => !room.code.includes(letter));
    const lookUp = (code: string) => fetch(server.baseURL + API.join(code));
    let refused = 0;
    for (const a of letters) {
      for (const b of letters) {
        const response = await lookUp(`${a}${b}${a}${b}${a}${b}`);
        if (response.status === 429) break;
        expect(response.status).toBe(404);
        refused++;
      }
      if ((await lookUp(room.code)).status === 429) break;
    }
    expect(refused).toBeGreaterThan(10);

    // The right code now reads like a wrong one, and the phone says why and how long to wait.
    await page.goto(`${server.baseURL}${PATHS.join(room.code)}`);
    const problem = page.getByTestId('lookup-problem');
    await expect(problem).toHaveAttribute('data-reason', 'limited');
    await expect(problem).toHaveText(
      'Vanaf dit netwerk zijn te veel onbekende codes geprobeerd. Probeer het over 10 min opnieuw.',
    );
    await expect(page.getByTestId('lookup-scan-hint')).toHaveText(
      'Zit je in de zaal? Scan dan de QR-code op het grote scherm: daarmee kom je meteen binnen.',
    );
    await expect(page.getByTestId('join-form')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('a phone that scans the presenter’s QR code gets in all the same, and joins', async ({
    browser,
  }) => {
    const projector = await browser.newPage();
    const phoneContext = await browser.newContext();
    const phone = await phoneContext.newPage();
    const problems: string[] = [];
    watchPage(projector, 'presenter', problems);
    watchPage(phone, 'phone', problems);
    // Still blocked from the test before: a typed code is refused.
    expect((await fetch(server.baseURL + API.join(room.code))).status).toBe(429);

    await projector.goto(`${server.baseURL}${PATHS.presenter(room.roomId, room.presenterKey)}`);
    const qr = projector.getByTestId('join-qr');
    await expect(qr).toHaveAttribute('data-value', /#t=[A-Za-z0-9_-]{43}$/);
    // The QR code names the network address phones use; the test's phone opens the same
    // path on the address it can reach.
    const scanned = new URL((await qr.getAttribute('data-value'))!);
    expect(scanned.pathname).toBe(PATHS.join(room.code));
    await phone.goto(`${server.baseURL}${scanned.pathname}${scanned.hash}`);
    await phone.getByTestId('join-name').fill('Via de QR-code');
    await phone.getByTestId('join-submit').click();
    await expect(phone.getByTestId('participant-lobby')).toBeVisible();
    // A reload keeps the link's token: still in, as the same participant.
    await phone.goto(`${server.baseURL}${PATHS.join(room.code)}`);
    await expect(phone.getByTestId('participant-lobby')).toBeVisible();
    expect(problems).toEqual([]);
    await phoneContext.close();
    await projector.close();
  });

  test('the login says how long to wait after too many wrong passphrases', async ({ page }) => {
    const problems: string[] = [];
    watchPage(page, 'facilitator', problems);
    let wrong = 0;
    // A stranger's browser (no cookie from an earlier login; the set-up's request context has one).
    for (; wrong < 100; wrong++) {
      const response = await fetch(server.baseURL + API.session, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ passphrase: `gok-${wrong}` }),
      });
      if (response.status === 429) break;
      expect(response.status).toBe(401);
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
