import {
  SelfTestSavedSchema,
  SelfTestValuesSchema,
  type SelfTestSaved,
  type SelfTestValues,
} from '@samenspel/shared';
import { local, parseStored } from '../../net/durable';

/**
 * What the self-test keeps on this device, and only here: the answers so far (a reload or a
 * closed tab loses nothing) and, once its owner chose to carry it into a workshop, the code.
 */
const KEY = 'samenspel.selftest';

export interface SelfTestMemory {
  values: SelfTestValues;
  saved: SelfTestSaved | null;
}

const EMPTY: SelfTestMemory = { values: {}, saved: null };

export const selfTestMemory = {
  read(): SelfTestMemory {
    const raw = local.get(KEY);
    const stored = (raw === null ? null : parseStored(raw)) as Partial<
      Record<keyof SelfTestMemory, unknown>
    > | null;
    // Each part parsed on its own: a damaged code does not cost the answers.
    const values = SelfTestValuesSchema.safeParse(stored?.values);
    const saved = SelfTestSavedSchema.safeParse(stored?.saved);
    return {
      values: values.success ? values.data : EMPTY.values,
      saved: saved.success ? saved.data : null,
    };
  },
  write(memory: SelfTestMemory): void {
    local.set(KEY, JSON.stringify(memory));
  },
  forget(): void {
    local.remove(KEY);
  },
  /** A code is for the answers it was made from: a changed answer makes it stale. */
  withAnswer(memory: SelfTestMemory, id: string, value: number): SelfTestMemory {
    return { values: { ...memory.values, [id]: value }, saved: null };
  },
  withSaved(memory: SelfTestMemory, saved: SelfTestSaved): SelfTestMemory {
    return { ...memory, saved };
  },
};
