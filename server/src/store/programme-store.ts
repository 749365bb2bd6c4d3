import type { Method, ProgrammeProblem, ProgrammeVersionMeta } from '@samenspel/shared';

/**
 * The trainer's own programmes, each a list of saved versions, and the library of methods.
 * Async and free of driver types, so a PostgreSQL store can stand in for the SQLite one later.
 * Templates (the shipped scenario files) are not kept here: the catalog serves them.
 */
export interface StoredProgrammeVersion {
  programmeId: string;
  meta: ProgrammeVersionMeta;
  /** The scenario input as written (before defaults), so an export gives back what was saved. */
  scenario: Record<string, unknown>;
  problems: ProgrammeProblem[];
}

export interface NewProgrammeVersion {
  scenario: Record<string, unknown>;
  problems: ProgrammeProblem[];
  note: string;
  savedAt: number;
}

/** A save refused because `baseVersion` is no longer the latest: nothing was written. */
export interface VersionConflict {
  conflict: true;
  latest: ProgrammeVersionMeta;
}

export interface ProgrammeStore {
  /** Own programmes with their latest version, last change first. */
  listLatest(): Promise<StoredProgrammeVersion[]>;
  /** Creates the programme with its version 1. */
  create(programmeId: string, first: NewProgrammeVersion): Promise<StoredProgrammeVersion>;
  /**
   * Adds version `baseVersion + 1` in one transaction, refusing when `baseVersion` is not the
   * latest; null when the programme does not exist.
   */
  save(
    programmeId: string,
    baseVersion: number,
    next: NewProgrammeVersion,
  ): Promise<StoredProgrammeVersion | VersionConflict | null>;
  /** The given version, or the latest when none is given; null when unknown. */
  version(programmeId: string, version?: number): Promise<StoredProgrammeVersion | null>;
  /** Metadata of every version, newest first; null when the programme is unknown. */
  versions(programmeId: string): Promise<ProgrammeVersionMeta[] | null>;
  /** Removes the programme and all its versions; false when it did not exist. */
  remove(programmeId: string): Promise<boolean>;

  listMethods(): Promise<Method[]>;
  addMethod(method: Method): Promise<void>;
  removeMethod(methodId: string): Promise<boolean>;

  close(): Promise<void>;
}
