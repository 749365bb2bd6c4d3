import { expect, type APIRequestContext } from '@playwright/test';
import { API, LoginResponseSchema, RoomSummarySchema, type RoomSummary } from '@samenspel/shared';
import { TEST_PASSPHRASE } from './env.js';

/** A facilitator session token from the HTTP API, for setting rooms up without the UI. */
export async function apiSignIn(request: APIRequestContext): Promise<string> {
  const response = await request.post(API.session, { data: { passphrase: TEST_PASSPHRASE } });
  expect(response.status()).toBe(200);
  return LoginResponseSchema.parse(await response.json()).token;
}

/** Creates a room from a scenario through the HTTP API. */
export async function apiCreateRoom(
  request: APIRequestContext,
  token: string,
  scenarioId: string,
): Promise<RoomSummary> {
  const response = await request.post(API.rooms, {
    headers: { Authorization: `Bearer ${token}` },
    data: { scenarioId },
  });
  expect(response.status()).toBe(201);
  return RoomSummarySchema.parse(await response.json());
}
