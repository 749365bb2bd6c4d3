import { Rng } from '../../test/support/fuzz-random.js';

/** The fuzz test's seeded generator, so a soak's drops and answers come out the same each run. */
export class Random extends Rng {
  /** A number in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }
}
