/**
 * Every channel of the IPC contract as a plain function over the workspace database. Inputs
 * arrive already parsed by `dispatch`; each change runs in ONE transaction, and a refusal (a
 * missing id, an unknown competency, an import conflict) is a UserFacingError naming the field.
 */
import type Database from 'better-sqlite3';
import { stepsSchema, type Membership } from '../../shared/interchange/schema';
import type { Overview } from '../../shared/forms/overview';
import type { CallContext, Handlers, MembershipChange } from '../../shared/ipc/contract';
import type { Problem } from '../../shared/validation';
import { listMembershipSummaries, loadMembership, membershipExists } from '../db/membership-read';
import {
  competencyIds,
  insertMembership,
  nextMembershipPosition,
  setAssessment,
  setChosen,
  setStep,
  unassignCompetency,
  updateOverview,
  updateProfile,
} from '../db/membership-write';
import {
  deleteItem,
  itemExists,
  newItemId,
  nextPosition,
  writeItem,
  type EditedItem,
  type Item,
} from '../db/lists';
import { readSettings, writeSettings } from '../db/settings';
import { UserFacingError } from './dispatch';
import { createReportHandlers } from './report-handlers';
import { createBackupHandlers } from './backup-handlers';
import { createSheetHandlers } from './sheet-handlers';
import { createPreviewStore, type PreviewStore } from './previews';
import { illFormedText } from './well-formed';
import { createLifecycleHandlers, keepFinishedYearsReadOnly } from './lifecycle-handlers';
import { createStatusCache, evaluating, invalidating, READ_ONLY, type StatusCache } from './status-cache';
import { MPP_2009 } from '../../shared/rules/mpp2009';
import type { Ruleset } from '../../shared/rules/ruleset';
import { exportWorkspace } from './export-service';
import { checkpoint } from './long-work';
import { localToday } from '../../shared/dates';
import {
  freshMembershipId,
  importDocument,
  importFileText,
  membershipIds,
  parseImportText,
  readSampleFile,
} from './import';

export interface HandlerOptions {
  /** Where the backup taken before each import goes. */
  readonly backupDir: string;
  /** The sample workspace `workspace:open-sample` imports (examples/fabrikam.json). */
  readonly samplePath: string;
  readonly now?: () => Date;
  readonly nativeBinding?: string;
  /** Where rendered HTML reports are kept for preview; a private store when absent. */
  readonly previews?: PreviewStore;
  /** The home screen's rows per membership and asOf; a private cache when absent. */
  readonly statusCache?: StatusCache;
  /** The ruleset every evaluation uses (`ruleset:get` hands it to the renderer); mpp-2009 when absent. */
  readonly ruleset?: Ruleset;
}

function notFound(id: string, path: string): UserFacingError {
  return new UserFacingError('not-found', `There is no membership with id "${id}".`, [
    { path, message: `There is no membership with id "${id}"` },
  ]);
}

/** A new membership from the first tab's form: every other part empty. */
function membershipFromOverview(id: string, overview: Overview): Membership {
  return {
    id,
    organization: {
      ...overview.organization,
      partnerId: null,
      address: null,
      phone: null,
      website: null,
    },
    level: overview.level,
    targetLevel: overview.targetLevel,
    enrollment: overview.enrollment,
    renewingSubscriber: overview.renewingSubscriber,
    contacts: overview.contacts,
    chosen: null,
    competencies: [],
    professionals: [],
    certifiedSolutions: [],
    references: [],
    csatSurveys: [],
    otherPoints: [],
    mapsAssessment: null,
    steps: stepsSchema.parse({}),
  };
}

/** The handler map for one open workspace. */
export function createHandlers(db: Database.Database, options: HandlerOptions): Handlers {
  const inTransaction = <T>(change: () => T): T => db.transaction(change)();
  const load = (id: string, path = 'id'): Membership => {
    const membership = loadMembership(db, id);
    if (!membership) throw notFound(id, path);
    return membership;
  };
  /**
   * Runs `apply` in one transaction if the membership exists and returns what it changed (the
   * saved part, not the whole membership: the renderer applies it to the one it holds).
   */
  const change = <C extends MembershipChange>(id: string, apply: () => C, path = 'id'): C =>
    inTransaction(() => {
      if (membershipExists(db, id)) return apply();
      throw notFound(id, path);
    });
  const requireCompetencies = (
    membershipId: string,
    wanted: readonly { id: string | null; path: string }[],
  ) => {
    const known = competencyIds(db, membershipId);
    const problems: Problem[] = wanted
      .filter((w) => w.id !== null && !known.has(w.id))
      .map((w) => ({ path: w.path, message: `There is no competency with id "${w.id}" in this membership` }));
    if (problems.length > 0) {
      throw new UserFacingError(
        'validation',
        `Unknown competency: ${problems.map((p) => p.path).join(', ')}.`,
        problems,
      );
    }
  };
  const saveItem = (membershipId: string, { list, item }: EditedItem): MembershipChange => {
    if (list === 'professionals') {
      requireCompetencies(
        membershipId,
        item.links.map((link, i) => ({ id: link.competencyId, path: `item.links[${i}].competencyId` })),
      );
    } else if (list === 'references') {
      requireCompetencies(membershipId, [{ id: item.competencyId, path: 'item.competencyId' }]);
    }
    const exists = item.id !== undefined && itemExists(db, list, membershipId, item.id);
    const id = item.id ?? newItemId(db, list, membershipId);
    // An update keeps the item's position (the upsert ignores this one).
    const position = exists ? 0 : nextPosition(db, list, membershipId);
    const saved = { ...item, id } as Item<typeof list>;
    writeItem(db, list, membershipId, saved, position, !exists);
    return { membershipId, part: 'item', list, item: saved } as MembershipChange;
  };
  const ruleset = options.ruleset ?? MPP_2009;
  const status = options.statusCache ?? createStatusCache(db, ruleset);
  /**
   * Checks the whole file, then gives a cancel one turn to arrive before anything is written:
   * cancelling up to there loses nothing. The write is one transaction, reported membership by
   * membership, and runs to its end once started.
   */
  const importText = async (
    file: string | Uint8Array,
    onConflict: 'refuse' | 'replace' | 'new',
    context: CallContext = {},
  ) => {
    const document = parseImportText(importFileText(file), (what, done = 0, total = 1) =>
      context.progress?.({ what, done, total }),
    );
    await checkpoint(context, 'The import was cancelled. Nothing was changed.');
    context.progress?.({ what: 'Backing up the workspace', done: 0, total: 1, writing: true });
    const summary = importDocument(db, document, {
      ...options,
      onConflict,
      onProgress: (done, total) =>
        context.progress?.({ what: 'Importing memberships', done, total, writing: true }),
    });
    // The home screen's rows, evaluated now with progress rather than in one silent wait when
    // the window asks for them next (at today's date, the window's default asOf).
    status.invalidate();
    status.rows(localToday((options.now ?? (() => new Date()))()), (done, total) =>
      context.progress?.({ what: 'Evaluating memberships', done, total, writing: true }),
    );
    return summary;
  };
  const handlers: Handlers = {
    'workspace:list': () => listMembershipSummaries(db),
    // Rows not kept yet (a new day, another asOf) are evaluated here; the window counts them.
    'workspace:status': ({ asOf }, context) => ({
      ruleset: ruleset.id,
      asOf,
      rows: status.rows(asOf, evaluating(context)),
    }),
    'ruleset:get': () => ruleset,
    'workspace:deadlines': ({ asOf }, context) => status.deadlines(asOf, evaluating(context)),
    'membership:get': ({ id }) => load(id),
    'membership:create': ({ overview }) => {
      const id = inTransaction(() => {
        const fresh = freshMembershipId(membershipIds(db));
        insertMembership(db, membershipFromOverview(fresh, overview), nextMembershipPosition(db));
        return fresh;
      });
      return load(id);
    },
    'membership:save-overview': ({ id, overview }) =>
      change(id, () => {
        updateOverview(db, id, overview);
        return { membershipId: id, part: 'overview', overview };
      }),
    'membership:save-profile': ({ id, profile }) =>
      change(id, () => {
        updateProfile(db, id, profile);
        return { membershipId: id, part: 'profile', profile };
      }),
    'membership:save-chosen': ({ id, chosen }) =>
      change(id, () => {
        requireCompetencies(id, [{ id: chosen.competencyId, path: 'chosen.competencyId' }]);
        setChosen(db, id, chosen);
        return { membershipId: id, part: 'chosen', chosen };
      }),
    'membership:save-assessment': ({ id, assessment }) =>
      change(id, () => {
        setAssessment(db, id, assessment);
        return { membershipId: id, part: 'assessment', assessment };
      }),
    'membership:save-step': (args) =>
      change(args.id, () => {
        setStep(db, args.id, args.step, args.value);
        return {
          membershipId: args.id,
          part: 'step',
          step: args.step,
          value: args.value,
        } as MembershipChange;
      }),
    'entity:save': (args) => {
      // The contract's schema has parsed the item for its list; this names that type.
      const edited = args as unknown as EditedItem;
      return change(args.membershipId, () => saveItem(args.membershipId, edited), 'membershipId');
    },
    'entity:delete': ({ membershipId, list, id }) => {
      const deleted = change(
        membershipId,
        (): MembershipChange => {
          if (list === 'competencies') unassignCompetency(db, membershipId, id);
          if (!deleteItem(db, list, membershipId, id)) {
            throw new UserFacingError('not-found', `There is no item with id "${id}" in ${list}.`, [
              { path: 'id', message: `There is no item with id "${id}" in ${list}` },
            ]);
          }
          return { membershipId, part: 'item-deleted', list, id };
        },
        'membershipId',
      );
      // A competency's delete unassigned the references, links and choice that named it.
      return list === 'competencies'
        ? { membershipId, part: 'membership', membership: load(membershipId, 'membershipId') }
        : deleted;
    },
    'workspace:import': ({ text, onConflict }, context) => importText(text, onConflict, context),
    'workspace:export': ({ ids }, context) => exportWorkspace(db, ids, context),
    // Imported as new memberships, so opening the sample twice never fails on its own ids.
    'workspace:open-sample': (_args, context) =>
      importText(readSampleFile(options.samplePath), 'new', context),
    'settings:get': () => readSettings(db),
    'settings:save': (settings) => {
      inTransaction(() => writeSettings(db, settings));
      return readSettings(db);
    },
    ...createReportHandlers(
      db,
      options.previews ?? createPreviewStore(),
      options.now ?? (() => new Date()),
      ruleset,
    ),
    ...createLifecycleHandlers(db, options),
    ...createSheetHandlers(db, options),
    ...createBackupHandlers(db, options),
  };
  return refuseIllFormedText(invalidating(keepFinishedYearsReadOnly(handlers, db, READ_ONLY), status));
}

/** Wraps every handler so text that SQLite cannot store verbatim is refused before it runs. */
function refuseIllFormedText(handlers: Handlers): Handlers {
  const wrapped = Object.entries(handlers).map(([channel, handler]) => [
    channel,
    (args: unknown, context?: CallContext) => {
      const problems = illFormedText(args);
      if (problems.length > 0) {
        throw new UserFacingError(
          'validation',
          `Invalid text: ${problems.map((p) => p.path).join(', ')}.`,
          problems,
        );
      }
      return (handler as (input: unknown, context?: CallContext) => unknown)(args, context);
    },
  ]);
  return Object.fromEntries(wrapped) as Handlers;
}
