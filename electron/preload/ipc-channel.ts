/** The single Electron IPC channel the contract's requests travel on. */
export const IPC_CHANNEL = 'reenroll:api';
/** Main → window: a progress event of a tagged call. */
export const PROGRESS_CHANNEL = 'reenroll:progress';
/** Window → main: stop the tagged call where stopping loses nothing. */
export const CANCEL_CHANNEL = 'reenroll:cancel';
/** Main → window: the database process crashed and was restarted. */
export const WORKER_RESTART_CHANNEL = 'reenroll:worker-restarted';
