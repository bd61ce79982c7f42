import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Present inside Electron (set by the preload); absent in browser mode. */
    readonly api?: Api;
  }
}
