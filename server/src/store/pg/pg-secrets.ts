import { createHmac, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { generatePassphrase, type Secrets } from '../../auth/secrets.js';
import { StartupError } from '../../startup-error.js';
import { inTransaction } from './pg-schema.js';

/** Reads a secret, creating it with `make()` when no node has yet; says whether this call did. */
async function secret(
  pool: pg.Pool,
  name: string,
  make: () => string,
): Promise<{ value: string; created: boolean }> {
  const inserted = await pool.query<{ value: string }>(
    'INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING value',
    [name, make()],
  );
  if (inserted.rows[0]) return { value: inserted.rows[0].value, created: true };
  const stored = await pool.query<{ value: string }>('SELECT value FROM secrets WHERE name = $1', [
    name,
  ]);
  return { value: stored.rows[0]!.value, created: false };
}

/** Any number, the same on every node: nodes starting together compare passphrases in turn. */
const PASSPHRASE_LOCK = 7_311_202_603;

/**
 * The signing key and passphrase as the data directory's files hold them for one node, here
 * in the database for all: the first node to start makes them, the others read them. Every
 * node must use the same passphrase (a login on one opens the rooms on all), so a node whose
 * SAMENSPEL_PASSPHRASE differs from the running nodes' refuses to start; with none running,
 * the new one counts from now on (that is how it is changed: restart every node with it).
 */
export async function loadSharedSecrets(
  pool: pg.Pool,
  passphraseFromEnv: string | null,
  nodeId: string,
): Promise<Secrets> {
  const key = await secret(pool, 'signing_key', () => randomBytes(32).toString('hex'));
  const signingKey = Buffer.from(key.value, 'hex');
  if (signingKey.length < 32) throw new Error('the stored signing key is damaged');
  if (passphraseFromEnv) {
    await agreeOnPassphrase(pool, signingKey, passphraseFromEnv, nodeId);
    return { signingKey, passphrase: passphraseFromEnv, passphraseGenerated: false };
  }
  const passphrase = await secret(pool, 'passphrase', generatePassphrase);
  await agreeOnPassphrase(pool, signingKey, passphrase.value, nodeId);
  return { signingKey, passphrase: passphrase.value, passphraseGenerated: passphrase.created };
}

/**
 * Records the passphrase's digest (never the passphrase) in this node's row of `nodes`, and
 * refuses when a running node's differs. Nodes restarted together with a new passphrase agree
 * with each other; only one still running with the old one stands in the way.
 */
async function agreeOnPassphrase(
  pool: pg.Pool,
  signingKey: Buffer,
  passphrase: string,
  nodeId: string,
): Promise<void> {
  const digest = createHmac('sha256', signingKey).update(passphrase).digest('hex');
  await inTransaction(pool, async (client) => {
    // One node at a time: two starting with different passphrases cannot both pass.
    await client.query('SELECT pg_advisory_xact_lock($1)', [PASSPHRASE_LOCK]);
    const others = await client.query<{ count: string }>(
      `SELECT count(*) AS count FROM nodes
       WHERE node_id <> $1 AND expires_at > clock_timestamp() AND passphrase_digest <> $2`,
      [nodeId, digest],
    );
    const running = Number(others.rows[0]?.count ?? 0);
    if (running > 0) {
      throw new StartupError(
        `SAMENSPEL_PASSPHRASE differs from the one the ${running} other running server${running === 1 ? '' : 's'} on this database use${running === 1 ? 's' : ''}. ` +
          'Give every node the same passphrase (to change it, restart all of them with the new one).',
      );
    }
    await client.query('UPDATE nodes SET passphrase_digest = $2 WHERE node_id = $1', [
      nodeId,
      digest,
    ]);
  });
}
