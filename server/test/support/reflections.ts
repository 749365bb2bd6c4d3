import type { TestClient } from './client.js';

/**
 * Waits until the console lists `count` reflections on `blockId`, then highlights the first one,
 * as a trainer does: the reflection's id is only known once the console shows it.
 */
export async function highlightFirstReflection(
  facilitator: TestClient,
  blockId: string,
  count: number,
): Promise<void> {
  const view = await facilitator.waitFor(
    (v) => v.role === 'facilitator' && v.runs[blockId]?.reflections.length === count,
  );
  const reflectionId = view.role === 'facilitator' ? view.runs[blockId]!.reflections[0]!.id : '';
  const ack = await facilitator.send({
    type: 'reflection.moderate',
    blockId,
    reflectionId,
    hidden: false,
    highlighted: true,
  });
  if (!ack.ok) throw new Error(`reflection.moderate: ${JSON.stringify(ack.error)}`);
}
