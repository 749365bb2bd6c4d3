import type { RoomInfo } from '@samenspel/shared';

/** A room in its lobby, as every screen's view carries it; a test overrides what it is about. */
export function roomInfo(overrides: Partial<RoomInfo> = {}): RoomInfo {
  return {
    roomId: 'r1',
    code: 'K7W4PX',
    title: 'Bestuurlijke sensitiviteit',
    language: 'nl',
    groupName: null,
    status: 'lobby',
    createdAt: 0,
    startedAt: null,
    endedAt: null,
    joinsClosedAt: null,
    ...overrides,
  };
}
