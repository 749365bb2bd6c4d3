import { z } from 'zod/mini';
import { variantTags } from '../variant-tags.js';
import { BreakBlockSchema, BreakContentSchema } from './break.js';
import { CasusBlockSchema, CasusContentSchema } from './casus.js';
import { GroupsBlockSchema, GroupsContentSchema } from './groups.js';
import { InfoBlockSchema, InfoContentSchema } from './info.js';
import {
  IntentionsAnswerSchema,
  IntentionsBlockSchema,
  IntentionsContentSchema,
  IntentionsResultsSchema,
} from './intentions.js';
import {
  PracticeAnswerSchema,
  PracticeBlockSchema,
  PracticeContentSchema,
  PracticeResultsSchema,
} from './practice.js';
import { PollAnswerSchema, PollBlockSchema, PollContentSchema, PollResultsSchema } from './poll.js';
import {
  ReflectionAnswerSchema,
  ReflectionBlockSchema,
  ReflectionContentSchema,
  ReflectionResultsSchema,
} from './reflection.js';
import { RolesBlockSchema, RolesContentSchema } from './roles.js';
import {
  ScaleAnswerSchema,
  ScaleBlockSchema,
  ScaleContentSchema,
  ScaleResultsSchema,
} from './scale.js';
import {
  StatementsAnswerSchema,
  StatementsBlockSchema,
  StatementsContentSchema,
  StatementsResultsSchema,
} from './statements.js';
import {
  VisitAnswerSchema,
  VisitBlockSchema,
  VisitContentSchema,
  VisitResultsSchema,
} from './visit.js';

/**
 * The kinds' own schemas (each in its kind's module) put together: what a programme's block may
 * be, what the room sees of it, what a phone may answer and what the answers add up to. A new
 * kind adds its schemas to these lists; schema.ts, views.ts and answers.ts export them.
 */

export const BlockSchema = z.discriminatedUnion('kind', [
  InfoBlockSchema,
  CasusBlockSchema,
  PollBlockSchema,
  ScaleBlockSchema,
  StatementsBlockSchema,
  ReflectionBlockSchema,
  RolesBlockSchema,
  GroupsBlockSchema,
  BreakBlockSchema,
  IntentionsBlockSchema,
  PracticeBlockSchema,
  VisitBlockSchema,
]);

export type BlockKind = z.infer<typeof BlockSchema>['kind'];

/** Every kind, in the order of the union above: the order the studio offers them in. */
export const BLOCK_KINDS: readonly BlockKind[] = variantTags(BlockSchema.def.options, 'kind');
export const BlockKindSchema = z.enum(BLOCK_KINDS as [BlockKind, ...BlockKind[]]);

/** What a block asks or shows, per kind: never notes, never a role's private brief. */
export const BlockContentSchema = z.discriminatedUnion('kind', [
  InfoContentSchema,
  BreakContentSchema,
  CasusContentSchema,
  PollContentSchema,
  ScaleContentSchema,
  StatementsContentSchema,
  ReflectionContentSchema,
  RolesContentSchema,
  GroupsContentSchema,
  IntentionsContentSchema,
  PracticeContentSchema,
  VisitContentSchema,
]);

/**
 * What a participant can answer, per block kind. A command carries one of these; the event
 * carries the same value, so the log holds exactly what was sent.
 */
export const AnswerSchema = z.discriminatedUnion('kind', [
  PollAnswerSchema,
  ScaleAnswerSchema,
  StatementsAnswerSchema,
  ReflectionAnswerSchema,
  IntentionsAnswerSchema,
  PracticeAnswerSchema,
  VisitAnswerSchema,
]);

/** A block's answers added up, without any name in them. */
export const BlockResultsSchema = z.discriminatedUnion('kind', [
  PollResultsSchema,
  ScaleResultsSchema,
  StatementsResultsSchema,
  ReflectionResultsSchema,
  IntentionsResultsSchema,
  PracticeResultsSchema,
  VisitResultsSchema,
]);
