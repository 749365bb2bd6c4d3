import { BLOCK_KINDS, type BlockKind } from '@samenspel/shared';
import type { Translate } from '../../../i18n/useT';

/** A block's kind in words; a kind the checker does not know (a typo in an import) as written. */
export function kindLabel(t: Translate, kind: unknown): string {
  return (BLOCK_KINDS as readonly unknown[]).includes(kind)
    ? t(`kind.${kind as BlockKind}`)
    : String(kind);
}
