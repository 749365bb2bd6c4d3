import {
  expect,
  type Browser,
  type BrowserContext,
  type devices,
  type Page,
  type TestInfo,
} from '@playwright/test';
import type { Block } from '@samenspel/shared';
import { checkScreen } from './axe.js';
import { desktopContext, phoneContext, watchPage } from './browsers.js';
import { createRoom, roomRow, signIn } from './facilitator.js';
import { recordFrames, type FrameLog } from './frames.js';
import { enterCode, joinAs, participantId } from './phone.js';

/** Who holds a phone in the room: a device to emulate and a name, or null to join anonymously. */
export interface PhoneSpec {
  device: keyof typeof devices;
  name: string | null;
}

export type Phone<T extends PhoneSpec = PhoneSpec> = T & {
  /** For messages and screenshots: the name (or "anoniem") and the device. */
  label: string;
  context: BrowserContext;
  page: Page;
  /** What this phone heard from and said to the server over its websockets. */
  frames: FrameLog;
  /** The participant id, known once joined. */
  id: string;
};

/** The facilitator's laptop and the projector, as the workshop runs them. */
const LAPTOP = { width: 1440, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };

/**
 * A live room with every screen of a workshop: the facilitator's console on a laptop, the
 * presenter screen on a projector and a phone per participant, each in its own browser context
 * (its own storage, so its own participant token) and with its websocket traffic recorded.
 */
export class Room<T extends PhoneSpec = PhoneSpec> {
  private constructor(
    readonly roomId: string,
    readonly code: string,
    readonly facilitator: Page,
    readonly consoleFrames: FrameLog,
    readonly presenter: Page,
    readonly presenterFrames: FrameLog,
    readonly phones: Array<Phone<T>>,
    private readonly contexts: BrowserContext[],
    /** Page errors and dialogs on any screen; a run should end with none. */
    readonly problems: string[],
  ) {}

  /**
   * Signs in, creates a room from the scenario, opens its console and its presenter screen, and
   * opens a browser for every phone (not joined yet: see `joinAll`).
   */
  static async open<T extends PhoneSpec>(
    browser: Browser,
    scenarioId: string,
    specs: readonly T[],
    /** The facilitator's screen, when a test looks at a smaller laptop than the usual one. */
    laptopViewport: { width: number; height: number } = LAPTOP,
  ): Promise<Room<T>> {
    const problems: string[] = [];
    const contexts: BrowserContext[] = [];
    try {
      const laptop = await desktopContext(browser, laptopViewport);
      contexts.push(laptop);
      const facilitator = watchPage(await laptop.newPage(), 'facilitator', problems);
      const consoleFrames = recordFrames(facilitator, 'console');
      await signIn(facilitator);
      const { roomId, code } = await createRoom(facilitator, scenarioId);
      const row = roomRow(facilitator, roomId);
      const presenterHref = await row.getByTestId('room-presenter-link').getAttribute('href');
      if (!presenterHref) throw new Error('the room list has no presenter link');
      await row.getByTestId('room-console-link').click();
      await expect(facilitator.getByTestId('join-code')).toHaveAttribute('data-code', code);

      const projector = await desktopContext(browser, PROJECTOR);
      contexts.push(projector);
      const presenter = watchPage(await projector.newPage(), 'presenter', problems);
      const presenterFrames = recordFrames(presenter, 'presenter');
      await presenter.goto(presenterHref);
      await expect(presenter.getByTestId('join-code')).toHaveAttribute('data-code', code);

      const phones: Array<Phone<T>> = [];
      for (const [index, spec] of specs.entries()) {
        const context = await phoneContext(browser, spec.device);
        contexts.push(context);
        const label = `${spec.name ?? 'anoniem'} (${spec.device})`;
        const page = watchPage(await context.newPage(), `phone ${index + 1}: ${label}`, problems);
        phones.push({ ...spec, label, context, page, frames: recordFrames(page, label), id: '' });
      }
      return new Room<T>(
        roomId,
        code,
        facilitator,
        consoleFrames,
        presenter,
        presenterFrames,
        phones,
        contexts,
        problems,
      );
    } catch (error) {
      await Promise.all(contexts.map((context) => context.close()));
      throw error;
    }
  }

  /**
   * Every phone joins. The first types the code on the landing page as people do (lower case,
   * with a dash); the others come in through the QR code's link. Pages load side by side; the
   * joins go one after another, so the console lists people in a known order.
   */
  async joinAll(): Promise<void> {
    const [first, ...rest] = this.phones;
    if (!first) return;
    const typed = `${this.code.slice(0, 3)}-${this.code.slice(3)}`.toLowerCase();
    await Promise.all([
      enterCode(first.page, typed),
      ...rest.map((phone) => phone.page.goto(`/j/${this.code}`)),
    ]);
    for (const phone of this.phones) {
      await joinAs(phone.page, phone.name);
      await expect(phone.page.getByTestId('connection-status')).toHaveAttribute(
        'data-status',
        'online',
      );
      phone.id = await participantId(phone.page);
    }
  }

  /** The phones' pages, for loops that only look. */
  get phonePages(): Page[] {
    return this.phones.map((phone) => phone.page);
  }

  /** The participant row of a phone in the console. */
  participantRow(phone: Phone<T>) {
    return this.facilitator.locator(
      `[data-testid="participant-row"][data-participant-id="${phone.id}"]`,
    );
  }

  /** Starts the session; the console says so. */
  async start(): Promise<void> {
    await this.facilitator.getByTestId('session-start').click();
    await expect(this.facilitator.getByTestId('room-status')).toHaveAttribute(
      'data-status',
      'running',
    );
  }

  /** Moves the room on and waits until the console stands on `block`. */
  async next(block: Block): Promise<void> {
    await this.facilitator.getByTestId('block-next').click();
    await expect(this.facilitator.getByTestId('current-block')).toHaveAttribute(
      'data-block-id',
      block.id,
    );
  }

  /** Every screen stands on `block`: the console's notes and activity, the projector, each phone. */
  async expectBlock(block: Block): Promise<void> {
    const desk = this.facilitator;
    await expect(desk.getByTestId('current-block')).toHaveAttribute('data-block-id', block.id);
    await expect(desk.getByTestId('block-title')).toHaveText(block.title);
    await expect(desk.getByTestId('activity-panel')).toHaveAttribute('data-kind', block.kind);
    await expect(this.presenter.getByTestId('presenter-block')).toHaveAttribute(
      'data-kind',
      block.kind,
    );
    for (const page of [this.presenter, ...this.phonePages]) {
      await expect(page.getByTestId('current-block')).toHaveAttribute('data-block-id', block.id);
      await expect(page.getByTestId('block-title')).toHaveText(block.title);
    }
  }

  /**
   * Checks the three kinds of screen on the block at hand with axe and keeps a full-page
   * screenshot of each: one phone, the projector and the console. Side by side, to save time.
   */
  async checkScreens(testInfo: TestInfo, what: string, phone: Phone<T>): Promise<void> {
    await Promise.all([
      checkScreen(phone.page, testInfo, `phone ${what} (${phone.device})`),
      checkScreen(this.presenter, testInfo, `presenter ${what}`),
      checkScreen(this.facilitator, testInfo, `console ${what}`),
    ]);
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}
