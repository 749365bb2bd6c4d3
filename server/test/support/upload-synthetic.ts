import { API, exportLog } from '@samenspel/shared';
import { syntheticLog } from '../../bench/synthetic-log.js';

/**
 * Run as its own process: builds a synthetic log of `events` events, uploads it to the import
 * route and prints `<bytes> <status>`. Apart from the server under test, so neither building
 * the file nor sending it takes any of that server's time.
 */
const [url, token, events] = process.argv.slice(2);
const body = JSON.stringify(
  exportLog(syntheticLog(Number(events)), { names: true, exportedAt: 0 }),
);
process.stdout.write(`built ${body.length}\n`);
const response = await fetch(url + API.import, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body,
});
process.stdout.write(`${body.length} ${response.status}\n`);
