/** What long work reports while it runs, and how a caller asks it to stop. */

/** Where long work stands: what is being done, and how much of it. */
export interface Progress {
  readonly what: string;
  readonly done: number;
  readonly total: number;
}

/** What a caller can give a long handler: a way to report progress, and to ask it to stop. */
export interface CallContext {
  readonly progress?: (progress: Progress) => void;
  /** Aborted when the person cancels; a handler stops only where stopping loses nothing. */
  readonly signal?: { readonly aborted: boolean };
}
