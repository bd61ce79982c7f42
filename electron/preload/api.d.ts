import type { Api, LongCalls } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menu-commands';

declare global {
  interface Window {
    /** Present inside Electron (set by the preload); absent in browser mode. */
    readonly api?: Api;
    /** Progress and cancel of tagged calls, and worker restarts (set by the preload). */
    readonly longCalls?: LongCalls;
    /** The desktop File menu's commands (set by the preload); absent in browser mode. */
    readonly menuCommands?: {
      subscribe(listener: (command: MenuCommand) => void): () => void;
    };
  }
}
