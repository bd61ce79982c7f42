/**
 * The one IPC contract: channel → input schema → result type. The Electron adapter, the HTTP
 * bridge of browser mode, the preload's `window.api` and the renderer's client are all typed
 * from this object, and every handler's input is parsed with the schema here before it runs.
 */
import { z } from 'zod';
import { MEMBERSHIP_LISTS, entityId, isoDate } from '../interchange/fields';
import { REPORT_FORMATS } from '../report/formats';
import {
  certifiedSolutionSchema,
  competencySchema,
  chosenSchema,
  csatSurveySchema,
  mapsAssessmentSchema,
  otherPointsSchema,
  professionalSchema,
  referenceSchema,
  type InterchangeDocument,
  type Membership,
} from '../interchange/schema';
import { overviewSchema } from '../forms/overview';
import { profileSchema, manualStepFormSchema, feeStepFormSchema } from '../forms/steps';
import type { Level } from '../interchange/fields';
import type { IsoDate } from '../dates';
import type { StatusRow } from '../status/status-row';
import type { Ruleset } from '../rules/ruleset';
import type { WorkspaceDeadlines } from '../status/workspace-deadlines';
import type { CallContext, CallTag } from './call-context';
import { CHANNEL_NAMES, type ChannelNameList } from './channel-names';
import {
  sheetExportSchema,
  sheetRequestSchema,
  sheetUndoSchema,
  type SheetFile,
  type SheetPreview,
} from './sheet-channels';
import type { MembershipChange } from './membership-change';
import { MAX_WORKSPACE_FILE_BYTES, megabytes, type IpcError } from './errors';

export type { MembershipChange } from './membership-change';

/** A channel's input schema, with its result type carried as a phantom. */
export interface Channel<I extends z.ZodType, R> {
  readonly input: I;
  readonly result?: R;
}

const channel =
  <R>() =>
  <I extends z.ZodType>(input: I): Channel<I, R> => ({ input });

/** One row of the organization/location drop-down. */
export interface MembershipSummary {
  readonly id: string;
  readonly organizationName: string;
  readonly location: string | null;
  readonly level: Level;
  readonly targetLevel: Level;
  readonly expiresOn: IsoDate;
}

/** Every membership's status row at one asOf (the workspace home, DESIGN §5). */
export interface WorkspaceStatus {
  readonly ruleset: string;
  readonly asOf: IsoDate;
  readonly rows: readonly StatusRow[];
}

/** Archived memberships, and finished years with the id of their next year. */
export interface WorkspaceLifecycle {
  readonly archived: readonly string[];
  readonly rolledForward: Readonly<Record<string, string>>;
}

export interface ImportSummary {
  readonly added: readonly string[];
  readonly replaced: readonly string[];
  /** Ids that already existed and were imported under new ids. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  readonly backupPath: string | null;
}

/** A good backup of the workspace, as the restore flow lists it. */
export interface BackupSummary {
  /** The file's name in the backup folder: what `backup:restore` takes. */
  readonly name: string;
  /** When it was taken (ISO timestamp, UTC). */
  readonly takenAt: string;
  /** `daily`, `before-import`, `before-migration-N`, `before-restore`. */
  readonly reason: string;
  readonly bytes: number;
  readonly memberships: number;
}

/** Memberships in the file that are already in the workspace: what to do with them. */
export const conflictPolicySchema = z.enum(['refuse', 'replace', 'new'], {
  error: 'Expected one of refuse, replace, new',
});
export type ConflictPolicy = z.infer<typeof conflictPolicySchema>;

export interface Settings {
  readonly regionalServiceCenter: {
    readonly name: string | null;
    readonly phone: string | null;
    readonly email: string | null;
    readonly hours: string | null;
  };
}

export const settingsSchema = z.strictObject({
  regionalServiceCenter: z.strictObject({
    name: z.string().trim().max(200).nullable(),
    phone: z.string().trim().max(50).nullable(),
    email: z.string().trim().max(254).nullable(),
    hours: z.string().trim().max(200).nullable(),
  }),
});

const id = z.strictObject({ id: entityId });
const FILE_TOO_LARGE = `The file is larger than ${megabytes(MAX_WORKSPACE_FILE_BYTES)}.`;
const withItemId = <S extends z.ZodObject>(schema: S) => schema.extend({ id: entityId.optional() });

/** Each list an editor can change, and the schema of one of its items. */
export const entitySaveSchema = z.discriminatedUnion('list', [
  z.strictObject({
    membershipId: entityId,
    list: z.literal('competencies'),
    item: withItemId(competencySchema),
  }),
  z.strictObject({
    membershipId: entityId,
    list: z.literal('professionals'),
    item: withItemId(professionalSchema),
  }),
  z.strictObject({
    membershipId: entityId,
    list: z.literal('certifiedSolutions'),
    item: withItemId(certifiedSolutionSchema),
  }),
  z.strictObject({
    membershipId: entityId,
    list: z.literal('references'),
    item: withItemId(referenceSchema),
  }),
  z.strictObject({
    membershipId: entityId,
    list: z.literal('csatSurveys'),
    item: withItemId(csatSurveySchema),
  }),
  z.strictObject({
    membershipId: entityId,
    list: z.literal('otherPoints'),
    item: withItemId(otherPointsSchema),
  }),
]);
export type EntitySave = z.output<typeof entitySaveSchema>;
export type EntityList = EntitySave['list'];

/** A report rendered for saving: the text, its file name, and where its HTML preview is served. */
export interface RenderedExport {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
  /** Relative path of the HTML preview (`preview/<id>`), for HTML; null otherwise. */
  readonly previewPath: string | null;
}

const reportScope = {
  /** The memberships to report on; all of the workspace when absent. */
  ids: z.array(entityId).min(1).max(10_000).optional(),
  asOf: isoDate,
};

export const STEP_NAMES = ['signIn', 'profileVerified', 'termsAgreed', 'termsSigned'] as const;

export const contract = {
  'workspace:list': channel<readonly MembershipSummary[]>()(z.strictObject({})),
  'workspace:status': channel<WorkspaceStatus>()(z.strictObject({ asOf: isoDate })),
  // The ruleset the workspace is evaluated under: the renderer evaluates with it and reads every
  // number it shows from the evaluation (shared/rules/README.md, "Rulesets are data").
  'ruleset:get': channel<Ruleset>()(z.strictObject({})),
  'workspace:deadlines': channel<WorkspaceDeadlines>()(z.strictObject({ asOf: isoDate })),
  'membership:get': channel<Membership>()(id),
  'membership:create': channel<Membership>()(z.strictObject({ overview: overviewSchema })),
  'membership:save-overview': channel<MembershipChange>()(
    z.strictObject({ id: entityId, overview: overviewSchema }),
  ),
  'membership:delete': channel<{ readonly deleted: string; readonly backupPath: string }>()(id),
  'membership:archive': channel<{ readonly id: string; readonly archived: boolean }>()(
    z.strictObject({ id: entityId, archived: z.boolean({ error: 'Expected true or false' }) }),
  ),
  'membership:roll-forward': channel<Membership>()(z.strictObject({ id: entityId, expiresOn: isoDate })),
  'workspace:lifecycle': channel<WorkspaceLifecycle>()(z.strictObject({})),
  'membership:save-profile': channel<MembershipChange>()(
    z.strictObject({ id: entityId, profile: profileSchema }),
  ),
  'membership:save-chosen': channel<MembershipChange>()(
    z.strictObject({ id: entityId, chosen: chosenSchema }),
  ),
  'membership:save-assessment': channel<MembershipChange>()(
    z.strictObject({ id: entityId, assessment: mapsAssessmentSchema.nullable() }),
  ),
  'membership:save-step': channel<MembershipChange>()(
    z.discriminatedUnion('step', [
      z.strictObject({ id: entityId, step: z.enum(STEP_NAMES), value: manualStepFormSchema }),
      z.strictObject({ id: entityId, step: z.literal('feePaid'), value: feeStepFormSchema }),
    ]),
  ),
  'entity:save': channel<MembershipChange>()(entitySaveSchema),
  'entity:delete': channel<MembershipChange>()(
    z.strictObject({
      membershipId: entityId,
      list: z.enum(MEMBERSHIP_LISTS),
      id: entityId,
    }),
  ),
  'workspace:import': channel<ImportSummary>()(
    z.strictObject({
      // The file's text, or its UTF-8 bytes as read from the disk: a window that sends the bytes
      // never builds the 38 MB string (the handler decodes them strictly). A string is counted
      // in characters: one within the byte limit is always within this one.
      text: z.union([
        z.string().max(MAX_WORKSPACE_FILE_BYTES, { error: FILE_TOO_LARGE }),
        z.instanceof(Uint8Array).check(z.maxLength(MAX_WORKSPACE_FILE_BYTES, { error: FILE_TOO_LARGE })),
      ]),
      onConflict: conflictPolicySchema,
    }),
  ),
  'workspace:export': channel<InterchangeDocument>()(
    z.strictObject({ ids: z.array(entityId).max(10_000).optional() }),
  ),
  'workspace:open-sample': channel<ImportSummary>()(z.strictObject({})),
  'backup:list': channel<readonly BackupSummary[]>()(z.strictObject({})),
  'backup:restore': channel<{ readonly memberships: number; readonly backupPath: string | null }>()(
    z.strictObject({
      name: z
        .string()
        .regex(/^workspace-[\w.-]+\.sqlite3$/, { error: 'Expected the name of a backup from the list.' }),
    }),
  ),
  'settings:get': channel<Settings>()(z.strictObject({})),
  'settings:save': channel<Settings>()(settingsSchema),
  'report:render': channel<RenderedExport>()(
    z.strictObject({
      ...reportScope,
      format: z.enum(REPORT_FORMATS, { error: `Expected one of ${REPORT_FORMATS.join(', ')}` }),
    }),
  ),
  'report:pdf': channel<{ readonly fileName: string; readonly base64: string }>()(
    z.strictObject(reportScope),
  ),
  'sheet:preview': channel<SheetPreview>()(sheetRequestSchema),
  'sheet:commit': channel<Membership>()(sheetRequestSchema),
  'sheet:undo': channel<Membership>()(sheetUndoSchema),
  'sheet:export': channel<SheetFile>()(sheetExportSchema),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelArgs<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends ChannelName> = NonNullable<Contract[C]['result']>;

/** What crosses the boundary: never a thrown error, always a value or a readable error. */
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export type { IpcError, IpcErrorCode, ImportConflict, MembershipSide } from './errors';
export type { CallContext, CallTag, Progress, ProgressEvent, LongCalls } from './call-context';

export const CHANNELS: readonly ChannelName[] = CHANNEL_NAMES;

// Both directions: a channel added to the contract but not to CHANNEL_NAMES (or the reverse) fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListsAgree: Same<ChannelName, ChannelNameList> = true;
void channelListsAgree;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The typed API the renderer calls, the same in Electron and in browser mode (`call` tags long work). */
export type Api = {
  readonly [C in ChannelName]: (
    input: ChannelInput<C>,
    call?: CallTag,
  ) => Promise<IpcResult<ChannelResult<C>>>;
};

/** The handlers the main process (or the HTTP bridge) registers, one per channel. */
export type Handlers = {
  readonly [C in ChannelName]: (
    args: ChannelArgs<C>,
    context?: CallContext,
  ) => ChannelResult<C> | Promise<ChannelResult<C>>;
};
