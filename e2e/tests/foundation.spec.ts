import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { checkScreen } from '../support/axe.js';
import { desktopContext, phoneContext, watchPage } from '../support/browsers.js';
import { createRoom, roomRow, signIn } from '../support/facilitator.js';
import { enterCode, joinAs, participantId, secondsLeft } from '../support/phone.js';
import { readScenario } from '../support/scenario.js';

const demo = readScenario('demo');
const [first, second] = demo.blocks;

interface Phone {
  label: string;
  name: string | null;
  context: BrowserContext;
  page: Page;
  id?: string;
}

test('a facilitator runs the demo with a presenter screen and three phones', async ({
  browser,
}, testInfo) => {
  test.slow();
  if (!first || !second) throw new Error('the demo scenario needs at least two blocks');
  expect(second.kind, 'the second demo block is the casus this test looks at').toBe('casus');
  expect(second.perspective, 'the demo casus has a perspective').toBeTruthy();

  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  const open = async (context: BrowserContext, label: string) => {
    contexts.push(context);
    return watchPage(await context.newPage(), label, problems);
  };

  try {
    // ── Facilitator: sign in, create a room from the demo scenario, open its console ──────────
    const facilitator = await open(await desktopContext(browser), 'facilitator');
    await facilitator.goto('/facilitator');
    await expect(facilitator.getByTestId('login-passphrase')).toBeVisible();
    await checkScreen(facilitator, testInfo, 'facilitator login');
    await signIn(facilitator);
    await expect(
      facilitator.getByTestId('new-room-scenario').locator(`option[value="${demo.id}"]`),
    ).toHaveText(demo.title);
    await checkScreen(facilitator, testInfo, 'facilitator home');
    const room = await createRoom(facilitator, demo.id);
    const row = roomRow(facilitator, room.roomId);
    await expect(row.getByTestId('room-code')).toHaveAttribute('data-code', room.code);
    const presenterHref = await row.getByTestId('room-presenter-link').getAttribute('href');
    expect(presenterHref).toContain(`/present/${room.roomId}#key=`);
    await row.getByTestId('room-console-link').click();
    await expect(facilitator.getByTestId('join-code')).toHaveAttribute('data-code', room.code);
    await expect(facilitator.getByTestId('room-status')).toHaveAttribute('data-status', 'lobby');
    await expect(facilitator.getByTestId('connection-status')).toHaveAttribute(
      'data-status',
      'online',
    );

    // ── Presenter: the link from the room list shows the code and a QR code ───────────────────
    const presenter = await open(
      await desktopContext(browser, { width: 1920, height: 1080 }),
      'presenter',
    );
    await presenter.goto(presenterHref!);
    await expect(presenter.getByTestId('join-code')).toHaveAttribute('data-code', room.code);
    const qr = presenter.getByTestId('join-qr');
    await expect(qr).toBeVisible();
    // The QR link carries the room's join token, which the guessing limits let through.
    await expect(qr).toHaveAttribute(
      'data-value',
      new RegExp(`/j/${room.code}#t=[A-Za-z0-9_-]{43}$`),
    );
    await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect(presenter.getByTestId('headcount')).toHaveAttribute('data-members', '0');
    await checkScreen(presenter, testInfo, 'presenter lobby');

    // ── Three phones join by typing the code on the landing page; one anonymously ─────────────
    const phones: Phone[] = [];
    const devices = [
      { device: 'Pixel 7', name: 'Anna de Vries' },
      { device: 'iPhone 13', name: 'Bram Jansen' },
      { device: 'Galaxy S9+', name: null },
    ] as const;
    for (const [index, { device, name }] of devices.entries()) {
      const context = await phoneContext(browser, device);
      const page = await open(context, `phone ${index + 1} (${device})`);
      phones.push({ label: device, name, context, page });
    }
    const [anna, bram, anonymous] = phones as [Phone, Phone, Phone];

    // The first phone types the code the way people do: lower case, with a dash.
    await anna.page.goto('/');
    await expect(anna.page.getByTestId('join-code-input')).toBeVisible();
    await checkScreen(anna.page, testInfo, 'landing');
    await enterCode(anna.page, `${room.code.slice(0, 3)}-${room.code.slice(3)}`.toLowerCase());
    await expect(anna.page).toHaveURL(new RegExp(`/j/${room.code}$`));
    await expect(anna.page.getByTestId('join-name')).toBeVisible();
    await checkScreen(anna.page, testInfo, 'join form');
    await joinAs(anna.page, anna.name);
    await expect(anna.page.getByTestId('participant-welcome')).toContainText(anna.name!);
    await checkScreen(anna.page, testInfo, 'phone lobby');

    await enterCode(bram.page, room.code);
    await joinAs(bram.page, bram.name);
    await expect(bram.page.getByTestId('participant-welcome')).toContainText(bram.name!);

    await enterCode(anonymous.page, room.code);
    await joinAs(anonymous.page, null);

    for (const phone of phones) {
      await expect(phone.page.getByTestId('participant-lobby')).toBeVisible();
      await expect(phone.page.getByTestId('connection-status')).toHaveAttribute(
        'data-status',
        'online',
      );
      phone.id = await participantId(phone.page);
    }
    expect(new Set(phones.map((phone) => phone.id)).size, 'three different participants').toBe(3);

    // ── The console lists all three, connected, with the right headcount ──────────────────────
    const rows = facilitator.getByTestId('participant-row');
    await expect(rows).toHaveCount(3);
    await expect(facilitator.getByTestId('headcount')).toHaveAttribute('data-connected', '3');
    await expect(facilitator.getByTestId('headcount')).toHaveAttribute('data-members', '3');
    const rowOf = (phone: Phone) =>
      facilitator.locator(`[data-testid="participant-row"][data-participant-id="${phone.id}"]`);
    for (const phone of phones) {
      await expect(rowOf(phone)).toHaveAttribute('data-presence', 'connected');
      if (phone.name !== null)
        await expect(rowOf(phone).getByTestId('participant-name')).toHaveText(phone.name);
    }
    // The anonymous participant's name appears nowhere.
    await expect(rowOf(anonymous).getByTestId('participant-name')).not.toHaveText(/Anna|Bram/);
    await expect(presenter.getByTestId('headcount')).toHaveAttribute('data-members', '3');
    await checkScreen(facilitator, testInfo, 'console');

    const screens = [...phones.map((phone) => phone.page), presenter];
    const expectBlock = async (block: typeof first) => {
      for (const page of screens) {
        await expect(page.getByTestId('current-block')).toHaveAttribute('data-block-id', block.id);
        await expect(page.getByTestId('block-title')).toHaveText(block.title);
      }
      await expect(facilitator.getByTestId('current-block')).toHaveAttribute(
        'data-block-id',
        block.id,
      );
    };

    // ── Start: everyone sees the first block ──────────────────────────────────────────────────
    await facilitator.getByTestId('session-start').click();
    await expect(facilitator.getByTestId('room-status')).toHaveAttribute('data-status', 'running');
    await expectBlock(first);

    // ── Next: the casus, with its perspective on phone and projector ──────────────────────────
    await facilitator.getByTestId('block-next').click();
    await expectBlock(second);
    for (const page of screens) {
      // The projector shows the lens as a banner of its own; phones as a badge.
      const lens = page.getByTestId(
        page === presenter ? 'presenter-perspective' : 'block-perspective',
      );
      await expect(lens).toHaveAttribute('data-perspective', second.perspective!);
      await expect(lens).toBeVisible();
    }
    await checkScreen(anna.page, testInfo, 'phone block');
    await checkScreen(presenter, testInfo, 'presenter block');

    // ── Timer: counts down on phone and projector; pause freezes it ───────────────────────────
    const timed = [anna.page, presenter];
    for (const page of timed) {
      await expect(page.getByTestId('timer')).toHaveAttribute('data-timer-status', 'idle');
    }
    await facilitator.getByTestId('timer-start').click();
    for (const page of timed) {
      const timer = page.getByTestId('timer');
      await expect(timer).toHaveAttribute('data-timer-status', 'running');
      const remaining = page.getByTestId('timer-remaining');
      const startedAt = await secondsLeft(remaining);
      expect(startedAt).toBeGreaterThan(0);
      // One second of slack: the countdown rounds up and runs on an estimate of the server
      // clock, so a one-minute timer can read 1:01 in its first moment (see the e2e report).
      expect(startedAt).toBeLessThanOrEqual(second.minutes * 60 + 1);
      await expect.poll(() => secondsLeft(remaining), { timeout: 5_000 }).toBeLessThan(startedAt);
    }
    await facilitator.getByTestId('timer-pause').click();
    for (const page of timed) {
      await expect(page.getByTestId('timer')).toHaveAttribute('data-timer-status', 'paused');
    }
    const frozen = (await anna.page.getByTestId('timer-remaining').textContent())?.trim() ?? '';
    await expect(presenter.getByTestId('timer-remaining')).toHaveText(frozen);
    // A paused countdown stands still: look again a little over a second later.
    await anna.page.waitForTimeout(1_200);
    for (const page of timed) await expect(page.getByTestId('timer-remaining')).toHaveText(frozen);

    // ── A phone loses its network: it says so, and the console shows it dropped ───────────────
    await bram.context.setOffline(true);
    await expect(bram.page.getByTestId('connection-status')).toHaveAttribute(
      'data-status',
      /^(reconnecting|offline)$/,
    );
    // Chromium's offline mode closes the socket at once; were it left open, the server's
    // heartbeat (10 s interval, 10 s timeout) would still notice within this timeout.
    await expect(rowOf(bram)).toHaveAttribute('data-presence', 'dropped', { timeout: 30_000 });
    await expect(facilitator.getByTestId('headcount')).toHaveAttribute('data-connected', '2');
    await expect(facilitator.getByTestId('headcount')).toHaveAttribute('data-members', '3');

    // Back online: connected again as the same participant, still on the current block.
    await bram.context.setOffline(false);
    await expect(bram.page.getByTestId('connection-status')).toHaveAttribute(
      'data-status',
      'online',
    );
    await expect(rowOf(bram)).toHaveAttribute('data-presence', 'connected');
    await expect(rowOf(bram).getByTestId('participant-name')).toHaveText(bram.name!);
    await expect(rows).toHaveCount(3);
    await expect(facilitator.getByTestId('headcount')).toHaveAttribute('data-connected', '3');
    expect(await participantId(bram.page)).toBe(bram.id);
    await expect(bram.page.getByTestId('current-block')).toHaveAttribute(
      'data-block-id',
      second.id,
    );
    await expect(bram.page.getByTestId('timer')).toHaveAttribute('data-timer-status', 'paused');

    // ── A reloaded phone is still the same participant ───────────────────────────────────────
    await anna.page.reload();
    await expect(anna.page.getByTestId('current-block')).toHaveAttribute(
      'data-block-id',
      second.id,
    );
    expect(await participantId(anna.page)).toBe(anna.id);
    await expect(anna.page.getByTestId('connection-status')).toHaveAttribute(
      'data-status',
      'online',
    );
    await expect(rows).toHaveCount(3);
    await expect(rowOf(anna)).toHaveAttribute('data-presence', 'connected');
    await expect(facilitator.getByTestId('headcount')).toHaveAttribute('data-connected', '3');
    await expect(facilitator.getByTestId('headcount')).toHaveAttribute('data-members', '3');

    // ── End: the phones thank their people, the projector closes ─────────────────────────────
    await facilitator.getByTestId('session-end').click();
    await facilitator.getByTestId('session-end-confirm').click();
    await expect(facilitator.getByTestId('room-status')).toHaveAttribute('data-status', 'ended');
    await expect(facilitator.getByTestId('console-ended')).toBeVisible();
    for (const phone of phones)
      await expect(phone.page.getByTestId('participant-ended')).toBeVisible();
    await expect(presenter.getByTestId('presenter-ended')).toBeVisible();

    expect(problems, 'no page errors or dialogs on any screen').toEqual([]);
  } finally {
    for (const context of contexts) await context.close();
  }
});
