import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { generatePassphrase, type Secrets } from '../../auth/secrets.js';

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

/**
 * The signing key and passphrase as the data directory's files hold them for one node, here
 * in the database for all: the first node to start makes them, the others read them.
 */
export async function loadSharedSecrets(
  pool: pg.Pool,
  passphraseFromEnv: string | null,
): Promise<Secrets> {
  const key = await secret(pool, 'signing_key', () => randomBytes(32).toString('hex'));
  const signingKey = Buffer.from(key.value, 'hex');
  if (signingKey.length < 32) throw new Error('the stored signing key is damaged');
  if (passphraseFromEnv) {
    return { signingKey, passphrase: passphraseFromEnv, passphraseGenerated: false };
  }
  const passphrase = await secret(pool, 'passphrase', generatePassphrase);
  return { signingKey, passphrase: passphrase.value, passphraseGenerated: passphrase.created };
}
