import { createServer } from 'node:http';
import { Server } from 'socket.io';
import type { BenchRoom } from './ipc.js';
import { RELAY_VOTE_EVENT } from './ipc.js';
import { serveProbe } from './probe.js';

/**
 * The yardstick: a bare Socket.IO relay with no validation and no storage. A phone's vote is
 * passed to its room's facilitator socket and acknowledged; that is all.
 */
const roomCount = Number(process.env.BENCH_ROOMS ?? 1);
const http = createServer();
const io = new Server(http);

io.on('connection', (socket) => {
  const auth = socket.handshake.auth as { role?: string; roomId?: string };
  const room = `${auth.roomId}:facilitators`;
  if (auth.role === 'facilitator') void socket.join(room);
  socket.on(RELAY_VOTE_EVENT, (vote: unknown, ack: unknown) => {
    io.to(room).emit(RELAY_VOTE_EVENT, vote);
    if (typeof ack === 'function') ack({ ok: true });
  });
});

await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const address = http.address();
const port = typeof address === 'object' && address ? address.port : 0;
const rooms: BenchRoom[] = Array.from({ length: roomCount }, (_, i) => ({
  roomId: `relay-${i + 1}`,
  code: `relay-${i + 1}`,
  facilitatorKey: '',
}));
serveProbe({ type: 'ready', port, rooms }, 'relay');
