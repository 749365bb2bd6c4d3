import pg from 'pg';

/**
 * Which node process holds each room's lease now, by pid (a node id is `host:pid:random`,
 * pg-room-leases.ts): for cluster tests to tell where a room runs. Rooms whose lease ran out
 * are left out.
 */
export async function leaseHolders(
  databaseUrl: string,
  roomIds: readonly string[],
): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ room_id: string; node_id: string }>(
      `SELECT room_id, node_id FROM room_leases
       WHERE room_id = ANY($1::text[]) AND expires_at > clock_timestamp() ORDER BY room_id`,
      [roomIds],
    );
    return new Map(result.rows.map((row) => [row.room_id, Number(row.node_id.split(':').at(-2))]));
  } finally {
    await client.end();
  }
}

/** The pid of the node holding the room's lease, or null while nobody does. */
export async function leaseHolder(databaseUrl: string, roomId: string): Promise<number | null> {
  return (await leaseHolders(databaseUrl, [roomId])).get(roomId) ?? null;
}
