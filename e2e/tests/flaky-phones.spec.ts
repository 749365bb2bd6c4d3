import {
  expect,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { API, PATHS, type RoomEvent } from '@samenspel/shared';
import { FlakyNetwork } from '../../server/test/support/flaky-network.js';
import { apiCreateRoom, apiSignIn } from '../support/api.js';
import { phoneContext } from '../support/browsers.js';
import { FLAKY_PROXY_PORT, TEST_PORT } from '../support/env.js';
import { signIn } from '../support/facilitator.js';
import { participantId } from '../support/phone.js';

/**
 * A phone in a real browser on bad Wi-Fi: a loopback proxy between the browser and the server
 * carries every byte, page and websocket alike, and can drop the network (open connections are
 * reset, new ones refused) and bring it back: Wi-Fi that is there but carries nothing. The phone
 * that knows it is offline is Chromium's offline emulation, which really closes an open
 * websocket and fails new ones (the first test checks that, so the 5-second case can rely on it).
 *
 * The phone answers and types while cut off, its tab is closed and opened again; it must come back
 * as the same participant, with its answers on the server once and its drafts on the phone, and
 * show what the server holds. Ten minutes away (past Socket.IO's recovery window, server-side
 * time) is in server/test/flaky-phones.test.ts.
 */

type AnswerEvent = Extract<RoomEvent, { type: 'answer_submitted' }>;

test.describe('flaky phones', () => {
  test.describe.configure({ mode: 'serial' });

  let wifi: FlakyNetwork;
  let token: string;
  let roomId: string;
  let code: string;
  let desk: Page;
  let phone: BrowserContext;

  test.beforeAll(async ({ browser, request }) => {
    wifi = await FlakyNetwork.start(TEST_PORT, '127.0.0.1', FLAKY_PROXY_PORT);
    token = await apiSignIn(request);
    ({ roomId, code } = await apiCreateRoom(request, token, 'demo'));
    desk = await (await browser.newContext()).newPage();
    await signIn(desk);
    await desk.goto(PATHS.console(roomId));
    await desk.getByTestId('session-start').click();
    phone = await phoneContext(browser, 'Pixel 7');
  });
  test.afterAll(async () => {
    await phone?.close();
    await desk?.context().close();
    await wifi?.close();
  });

  /** The phone's page, opened through its Wi-Fi. */
  const openPhone = async (): Promise<Page> => {
    const page = await phone.newPage();
    await page.goto(`${wifi.url}${PATHS.join(code)}`);
    return page;
  };
  const status = (page: Page) => page.getByTestId('connection-status');
  const next = async (blockId: string) => {
    await desk.getByTestId('block-next').click();
    await expect(desk.getByTestId('current-block')).toHaveAttribute('data-block-id', blockId);
  };

  test('Chromium offline emulation really closes an open websocket', async ({ browser }) => {
    const context = await phoneContext(browser, 'Pixel 7');
    try {
      const page = await context.newPage();
      const sockets: Array<{ closed: boolean }> = [];
      page.on('websocket', (socket) => {
        const entry = { closed: false };
        sockets.push(entry);
        socket.on('close', () => (entry.closed = true));
      });
      await page.goto(PATHS.join(code));
      // The room, and with it the socket, comes with the name.
      await page.getByTestId('join-name').fill('Offline proef');
      await page.getByTestId('join-submit').click();
      await expect(page.getByTestId('current-block')).toBeVisible();
      await expect.poll(() => sockets.filter((s) => !s.closed).length).toBe(1);
      await context.setOffline(true);
      await expect(status(page)).toHaveAttribute('data-status', 'reconnecting');
      // The open socket goes, and every attempt to open another fails while offline.
      await expect.poll(() => sockets.filter((s) => !s.closed).length).toBe(0);
      await expect.poll(() => sockets.length).toBeGreaterThan(1);
      expect(sockets.every((s) => s.closed)).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('cut off for 5 seconds: the vote given while away arrives once', async ({ request }) => {
    const page = await openPhone();
    // The session runs already: the phone goes straight to the block on screen.
    await page.getByTestId('join-name').fill('Femke');
    await page.getByTestId('join-submit').click();
    await expect(page.getByTestId('current-block')).toHaveAttribute('data-block-id', 'welkom');
    const me = await participantId(page);
    await next('mini-casus');
    await next('eerste-stap');
    await expect(page.getByTestId('current-block')).toHaveAttribute('data-block-id', 'eerste-stap');

    await phone.setOffline(true);
    await expect(status(page)).toHaveAttribute('data-status', 'reconnecting');
    const option = page.locator('[data-testid="poll-option"][data-option-id="buurt"]');
    await option.click();
    await expect(option).toHaveAttribute('data-selected', 'true');
    // The phone says the vote has not gone yet, and why.
    await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'pending');
    await expect(status(page)).toContainText('Nog niet verstuurd: 1');
    await page.waitForTimeout(5000);
    await phone.setOffline(false);

    await expect(status(page)).toHaveAttribute('data-status', 'online', { timeout: 20_000 });
    await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
    await expect(desk.getByTestId('answered-count')).toHaveAttribute('data-answered', '1');
    const votes = await answersOf(request, me, 'eerste-stap');
    expect(votes.map((e) => e.answer)).toEqual([{ kind: 'poll', optionIds: ['buurt'] }]);
    await expectPhoneShowsServer(page, 'buurt');
    await page.close();
  });

  test('cut off for a minute: the change of mind made while away arrives once', async ({
    request,
  }) => {
    test.setTimeout(180_000);
    const page = await openPhone();
    const me = await participantId(page);
    await expectPhoneShowsServer(page, 'buurt');

    wifi.cut();
    await expect(status(page)).toHaveAttribute('data-status', 'reconnecting');
    await page.locator('[data-testid="poll-option"][data-option-id="regels"]').click();
    await page.locator('[data-testid="poll-option"][data-option-id="plan"]').click();
    await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'pending');
    // A real minute: the phone keeps trying to reconnect all through it and fails every time.
    await page.waitForTimeout(60_000);
    await expect(status(page)).toHaveAttribute('data-status', 'reconnecting');
    wifi.restore();

    await expect(status(page)).toHaveAttribute('data-status', 'online', { timeout: 30_000 });
    await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
    const votes = await answersOf(request, me, 'eerste-stap');
    expect(votes.at(-1)?.answer).toEqual({ kind: 'poll', optionIds: ['plan'] });
    // Each command in once: a resend after the reconnect would write a choice a second time
    // (the log leaves the server without command ids, so the choices themselves tell).
    expect(new Set(votes.map((e) => JSON.stringify(e.answer))).size).toBe(votes.length);
    expect(votes.length).toBeLessThanOrEqual(3);
    await expectPhoneShowsServer(page, 'plan');
    await page.close();
  });

  test('tab closed and opened again: the draft stays on the phone, the unsent reflection arrives once', async ({
    request,
  }) => {
    let page = await openPhone();
    const me = await participantId(page);
    await next('thermometer');
    await next('mini-stellingen');
    await next('eerste-indruk');
    const input = () => page.getByTestId('reflection-input');
    await expect(input()).toBeVisible();

    // A draft, typed and not sent, survives closing the tab.
    await input().fill('Mijn eerste gedachte');
    await page.close();
    page = await openPhone();
    await expect(input()).toHaveValue('Mijn eerste gedachte');
    await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'draft');
    // Femke is the only one in the room; the reflection is anonymous.
    expect(await answersOf(request, null, 'eerste-indruk')).toEqual([]);

    // Sent while cut off, then the tab is closed before the network is back.
    wifi.cut();
    await expect(status(page)).toHaveAttribute('data-status', 'reconnecting');
    const final = 'Mijn profiel is meer Verbinder dan ik dacht.';
    await input().fill(final);
    await page.getByTestId('reflection-submit').click();
    await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'pending');
    await page.close();
    wifi.restore();

    page = await openPhone();
    expect(await participantId(page)).toBe(me);
    await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
    await expect(input()).toHaveValue(final);
    const reflections = await answersOf(request, null, 'eerste-indruk');
    expect(reflections.map((e) => e.answer)).toEqual([{ kind: 'reflection', text: final }]);
    await expect(desk.getByTestId('answered-count')).toHaveAttribute('data-answered', '1');
    await page.close();
  });

  /**
   * The answers to a block in the server's log, of this participant or (null) of anyone: the log
   * that leaves the server never names the author of an anonymous reflection.
   */
  async function answersOf(
    request: APIRequestContext,
    participant: string | null,
    blockId: string,
  ): Promise<AnswerEvent[]> {
    const response = await request.get(`${API.rooms}/${roomId}/events`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status()).toBe(200);
    const { events } = (await response.json()) as { events: RoomEvent[] };
    return events.filter(
      (e): e is AnswerEvent =>
        e.type === 'answer_submitted' &&
        e.blockId === blockId &&
        (participant === null || (e.actor.kind === 'participant' && e.actor.id === participant)),
    );
  }
});

/**
 * The phone shows one vote, `optionId`, with nothing waiting to be sent, and a tab opened afresh
 * in the same browser (the server's projection for this participant) shows the same.
 */
async function expectPhoneShowsServer(page: Page, optionId: string): Promise<void> {
  const fresh = await page.context().newPage();
  try {
    // The same address, so the same origin and storage: the same participant token.
    await fresh.goto(page.url());
    for (const shown of [page, fresh]) {
      await expect(
        shown.locator(`[data-testid="poll-option"][data-option-id="${optionId}"]`),
      ).toHaveAttribute('data-selected', 'true');
      await expect(shown.locator('[data-testid="poll-option"][data-selected="true"]')).toHaveCount(
        1,
      );
      await expect(shown.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
    }
    expect(await participantId(fresh)).toBe(await participantId(page));
  } finally {
    await fresh.close();
  }
}
