import type { Api } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menu-commands';

declare global {
  interface Window {
    /** Present inside Electron (set by the preload); absent in browser mode. */
    readonly api?: Api;
    /** The desktop File menu's commands (set by the preload); absent in browser mode. */
    readonly menuCommands?: {
      subscribe(listener: (command: MenuCommand) => void): () => void;
    };
  }
}
