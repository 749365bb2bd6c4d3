import { API, EventsResponseSchema, type RoomSummary } from '@samenspel/shared';
import { PASSPHRASE } from './server.js';

export async function login(url: string, passphrase = PASSPHRASE): Promise<string> {
  const response = await fetch(url + API.session, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ passphrase }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export async function createRoom(
  url: string,
  token: string,
  scenarioId = 'korte-ronde',
): Promise<RoomSummary> {
  const response = await fetch(url + API.rooms, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ scenarioId, groupName: 'Gemeente Testdam' }),
  });
  if (response.status !== 201) throw new Error(`create room failed: ${response.status}`);
  return (await response.json()) as RoomSummary;
}

export async function readLog(url: string, token: string, roomId: string) {
  const response = await fetch(url + API.events(roomId), {
    headers: { authorization: `Bearer ${token}` },
  });
  return EventsResponseSchema.parse(await response.json());
}
