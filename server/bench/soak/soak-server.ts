import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditReply, RoomAudit, ToServer } from '../load/ipc.js';
import { serveProbe } from '../load/probe.js';
import { SOAK_PASSPHRASE } from './passphrase.js';

/**
 * The soak bench's server: the real app as deployed (the compiled buildApp, durable writes, the
 * shipped programmes, every limit at its default) on loopback with a fresh data directory. The
 * bench signs in and makes its rooms over HTTP like a trainer; this process only answers its
 * samples (memory after a full GC), heap snapshots and, at the end, what the logs hold.
 */
const builtApp = new URL('../../dist/app.js', import.meta.url).href;
const { buildApp } = (await import(builtApp)) as typeof import('../../src/app.js');

const dataDir = mkdtempSync(path.join(tmpdir(), 'samenspel-soak-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

const app = await buildApp({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  passphrase: SOAK_PASSPHRASE,
  scenariosDir: fileURLToPath(new URL('../../../scenarios', import.meta.url)),
  clientDir: path.join(dataDir, 'no-client'),
  publicUrl: null,
  sqliteSync: 'full',
  databaseUrl: null,
  retentionDays: null,
  logLevel: 'silent',
  allowedOrigins: [],
  proxyHops: 0,
  importLimitBytes: 64 * 1024 * 1024,
});
const { port } = await app.listen();

// The raw logs, command ids included: no export carries those, so the audit asks here.
process.on('message', (message: ToServer) => {
  if (message.type !== 'audit') return;
  void Promise.all(message.roomIds.map(audit)).then((rooms) => {
    const reply: AuditReply = { type: 'audit', id: message.id, rooms };
    process.send?.(reply);
  });
});

async function audit(roomId: string): Promise<RoomAudit> {
  const events = await app.registry.store.read(roomId);
  const answers: RoomAudit['answers'] = [];
  const joined: string[] = [];
  for (const event of events) {
    if (event.type === 'answer_submitted') {
      answers.push({
        commandId: event.commandId ?? null,
        participantId: event.participantId,
        blockId: event.blockId,
      });
    } else if (event.type === 'participant_joined') {
      joined.push(event.participantId);
    }
  }
  const authority = await app.registry.get(roomId);
  const participants = authority ? Object.keys(authority.snapshot.participants).length : 0;
  return { roomId, answers, joined, participants };
}

serveProbe({ type: 'ready', port, rooms: [] }, 'soak');
