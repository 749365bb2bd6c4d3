import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import {
  API,
  ImportResponseSchema,
  LOG_FORMAT,
  LOG_FORMAT_VERSION,
  ScenarioSchema,
  type LogExport,
  type RoomEvent,
  type RoomEventDraft,
} from '@samenspel/shared';
import { apiSignIn } from '../support/api.js';
import { checkScreen } from '../support/axe.js';
import { signIn } from '../support/facilitator.js';

const DEMO = fileURLToPath(new URL('../../scenarios/demo.yaml', import.meta.url));

/** A short recorded session of the demo: two phones vote, the vote is closed and revealed. */
function recordedSession(groupName: string): LogExport {
  const scenario = ScenarioSchema.parse(parse(readFileSync(DEMO, 'utf8')));
  const t0 = Date.UTC(2026, 10, 20, 9, 30);
  const events: RoomEvent[] = [];
  const push = (draft: RoomEventDraft, actor: RoomEvent['actor'] = { kind: 'facilitator' }) =>
    events.push({
      ...draft,
      seq: events.length + 1,
      at: t0 + events.length * 30_000,
      actor,
    } as RoomEvent);
  const poll = scenario.blocks.findIndex((b) => b.id === 'eerste-stap');
  push({ type: 'room_created', roomId: 'r_elsewhere', code: 'ABCDEF', groupName, scenario });
  push(
    { type: 'participant_joined', participantId: 'p1', name: 'Anouk' },
    { kind: 'participant', id: 'p1' },
  );
  push(
    { type: 'participant_joined', participantId: 'p2', name: null },
    { kind: 'participant', id: 'p2' },
  );
  push({ type: 'session_started' });
  push({ type: 'block_entered', blockIndex: poll });
  push(
    {
      type: 'answer_submitted',
      blockId: 'eerste-stap',
      participantId: 'p1',
      answer: { kind: 'poll', optionIds: ['regels'] },
    },
    { kind: 'participant', id: 'p1' },
  );
  push(
    {
      type: 'answer_submitted',
      blockId: 'eerste-stap',
      participantId: 'p2',
      answer: { kind: 'poll', optionIds: ['buurt'] },
    },
    { kind: 'participant', id: 'p2' },
  );
  push({ type: 'answers_locked', blockId: 'eerste-stap' });
  push({ type: 'results_revealed', blockId: 'eerste-stap' });
  push({ type: 'session_ended' });
  return {
    format: LOG_FORMAT,
    version: LOG_FORMAT_VERSION,
    exportedAt: t0,
    names: 'names',
    events,
  };
}

async function openLibrary(page: Page) {
  await signIn(page);
  await page.goto('/facilitator/library');
  await expect(page.getByTestId('library')).toBeVisible();
  // The sessions have loaded (a list, or the empty state): a count before that would be 0.
  await expect(
    page.getByTestId('library-list').or(page.getByTestId('library-empty')),
  ).toBeVisible();
}

test('the library imports a log and replays it to any moment', async ({
  page,
  request,
}, testInfo) => {
  const token = await apiSignIn(request);
  const imported = await request.post(API.import, {
    headers: { Authorization: `Bearer ${token}` },
    data: recordedSession('Gemeente Replaydam'),
  });
  expect(imported.status()).toBe(201);
  const { roomId } = ImportResponseSchema.parse(await imported.json());

  await openLibrary(page);
  await page.getByTestId('library-search').fill('Replaydam');
  const row = page.locator(`[data-testid="library-row"][data-room-id="${roomId}"]`);
  await expect(row).toBeVisible();
  await checkScreen(page, testInfo, 'library');

  // The log comes gzipped (the browser asks for it) and the replay reads it all the same.
  const logResponse = page.waitForResponse((r) => r.url().endsWith(API.events(roomId)));
  await row.getByTestId('library-open').click();
  expect((await (await logResponse).allHeaders())['content-encoding']).toBe('gzip');
  const timeline = page.getByTestId('replay-timeline');
  await expect(timeline).toHaveAttribute('data-length', '10');
  await timeline.focus();

  // At the end: the session is over on the projector.
  await page.keyboard.press('End');
  await expect(timeline).toHaveAttribute('data-seq', '10');
  const presenter = page.getByTestId('replay-presenter');
  await expect(presenter.getByTestId('presenter-ended')).toBeVisible();

  // One event back: the results are on the projector, exactly as they were counted.
  await page.keyboard.press('ArrowLeft');
  await expect(timeline).toHaveAttribute('data-seq', '9');
  await expect(
    presenter.locator('[data-testid="poll-bar"][data-option-id="regels"]'),
  ).toHaveAttribute('data-count', '1');
  await expect(
    presenter.locator('[data-testid="poll-bar"][data-option-id="buurt"]'),
  ).toHaveAttribute('data-count', '1');
  await checkScreen(page, testInfo, 'replay with results');

  // One more back: closed but not yet revealed, so the projector shows no results; the
  // console showed them privately all along.
  await page.keyboard.press('ArrowLeft');
  await expect(timeline).toHaveAttribute('data-seq', '8');
  await expect(presenter.getByTestId('presenter-results')).toHaveCount(0);
  await expect(page.getByTestId('replay-console').getByTestId('results-private')).toBeVisible();
  await expect(page.locator('[data-testid="replay-event"][data-current="true"]')).toHaveAttribute(
    'data-type',
    'answers_locked',
  );

  // A trainer note pinned to this moment; the log itself does not change.
  await page
    .getByTestId('note-input')
    .fill('Hier sloot de stemming: bespreek waarom niemand twijfelde');
  await page.getByTestId('note-save').click();
  await expect(page.locator('[data-testid="note"][data-seq="8"]')).toBeVisible();
  const events = await request.get(API.events(roomId), {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(((await events.json()) as { events: unknown[] }).events).toHaveLength(10);
});

test('a log file is imported through the library screen', async ({ page }) => {
  await openLibrary(page);
  const before = await page.getByTestId('library-row').count();
  await page.getByTestId('library-import').setInputFiles({
    name: 'sessie.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(recordedSession('Gemeente Importveen'))),
  });
  await expect(page.getByTestId('library-import-status')).toHaveAttribute(
    'data-status',
    /done|ok|imported/,
  );
  await page.getByTestId('library-search').fill('');
  await expect(page.getByTestId('library-row')).toHaveCount(before + 1);
});

test('a log already in the library is not imported twice: the library offers the session there', async ({
  page,
  request,
}) => {
  const file = JSON.stringify(recordedSession('Gemeente Dubbelwijk'));
  const token = await apiSignIn(request);
  const first = await request.post(API.import, {
    headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    data: file,
  });
  expect(first.status()).toBe(201);
  const { roomId } = ImportResponseSchema.parse(await first.json());

  await openLibrary(page);
  const before = await page.getByTestId('library-row').count();
  await page.getByTestId('library-import').setInputFiles({
    name: 'dubbelwijk.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  const notice = page.getByTestId('library-import-duplicate');
  await expect(notice).toContainText('dubbelwijk.json staat al in de bibliotheek');
  await expect(page.getByTestId('library-row')).toHaveCount(before);
  await page.getByTestId('library-import-existing').click();
  await expect(page).toHaveURL(new RegExp(`/facilitator/library/${roomId}`));
  await expect(page.getByTestId('replay-timeline')).toHaveAttribute('data-length', '10');
});

test('a log that breaks a live rule is refused, naming the event', async ({ page }) => {
  const session = recordedSession('Gemeente Spookstem');
  const vote = session.events.find((e) => e.type === 'answer_submitted');
  if (vote?.type !== 'answer_submitted') throw new Error('the session has no vote');
  vote.answer = { kind: 'poll', optionIds: ['bestaat-niet'] };
  await openLibrary(page);
  const before = await page.getByTestId('library-row').count();
  await page.getByTestId('library-import').setInputFiles({
    name: 'spookstem.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(session)),
  });
  await expect(page.getByTestId('library-import-status')).toContainText(
    `gebeurtenis ${vote.seq} kan zo niet gebeurd zijn`,
  );
  await expect(page.getByTestId('library-row')).toHaveCount(before);
});
