/**
 * What the desktop File menu asks the window to do. The menu only sends one of these; the
 * renderer runs the same flows as its buttons (import, export, restore from a backup).
 */
export const MENU_COMMANDS = ['import', 'export', 'restore-backup'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The Electron event channel menu commands travel on. */
export const MENU_CHANNEL = 'reenroll:menu';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
