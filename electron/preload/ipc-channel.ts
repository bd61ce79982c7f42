/** The single Electron IPC channel the contract's requests travel on. */
export const IPC_CHANNEL = 'reenroll:api';
