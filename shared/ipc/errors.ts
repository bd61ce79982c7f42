/**
 * What a failed request says, as data: a `code` every consumer switches on (never the message's
 * words), the sentence for people, field problems, and for an import conflict the memberships on
 * both sides.
 */

/** Why a request failed. */
export type IpcErrorCode =
  /** The input (a field, a payload, a file's content) is not valid; `problems` name the fields. */
  | 'validation'
  /** The file holds memberships the workspace already has; `conflicts` names both sides. */
  | 'import-conflict'
  /** The membership or item asked for does not exist. */
  | 'not-found'
  /** The request or file is larger than `MAX_WORKSPACE_FILE_BYTES`. */
  | 'too-large'
  /** The request itself is malformed: unknown channel, bad path, not JSON, refused by the guard. */
  | 'bad-request'
  /** The app's side cannot be reached (browser mode's server stopped, the database worker exited). */
  | 'unavailable'
  /** The person cancelled long work before it wrote anything; nothing was changed. */
  | 'cancelled'
  /** Something failed that the person cannot fix; nothing was changed. */
  | 'internal';

/** A membership as people know it: organization and location (never an id alone). */
export interface MembershipSide {
  readonly id: string;
  readonly organization: string;
  readonly location: string | null;
  readonly partnerId: string | null;
}

/** A membership in the file that is the same as one in the workspace (DESIGN "Which memberships are the same"). */
export interface ImportConflict {
  /** Its index in the file's `memberships`. */
  readonly index: number;
  readonly file: MembershipSide;
  readonly workspace: MembershipSide;
  /** Why they are the same: the partner ids match, or the organization and location do. */
  readonly matchedBy: 'partnerId' | 'name-and-location';
}

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
  /** For a problem in a file's membership: its organization and location, for people. */
  readonly membership?: string;
}

interface ErrorBase {
  readonly message: string;
  /** Field problems, each with the path of the field in the input. */
  readonly problems?: readonly FieldProblem[];
}

export type IpcError =
  | (ErrorBase & { readonly code: Exclude<IpcErrorCode, 'import-conflict'> })
  | (ErrorBase & {
      readonly code: 'import-conflict';
      readonly conflicts: readonly ImportConflict[];
      /** How many memberships the file holds in all (the others are added as new). */
      readonly fileMemberships: number;
    });

/** The largest workspace file (interchange JSON) accepted anywhere: import, IPC and the bridge. */
export const MAX_WORKSPACE_FILE_BYTES = 80 * 1024 * 1024;

/**
 * The largest request browser mode's bridge reads: a workspace file at the limit, JSON-escaped
 * inside a request (escaping at most doubles a file that is itself JSON), plus room for the rest.
 */
export const MAX_REQUEST_BYTES = 2 * MAX_WORKSPACE_FILE_BYTES + 1024 * 1024;

/**
 * The largest request body the bridge reads without a Content-Length (chunked). The app's own
 * client always sends a length (fetch does for a text body), so a large body is refused from its
 * length before a byte is read; one without a length cannot make the bridge hold more than this.
 */
export const MAX_UNSIZED_REQUEST_BYTES = 1024 * 1024;

/** "80.0 MB" */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
