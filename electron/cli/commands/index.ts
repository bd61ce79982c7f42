/**
 * The CLI's commands by name, each loaded only when it runs: `evaluate` never pays for loading
 * SQLite or the HTTP server.
 */
import type { Command } from '../io';

export const commands: Readonly<Record<string, () => Promise<Command>>> = {
  evaluate: async () => (await import('./evaluate')).evaluate,
  export: async () => (await import('./export')).exportCommand,
  import: async () => (await import('./import')).importCommand,
  'import-sheet': async () => (await import('./import-sheet')).importSheetCommand,
  'export-sheet': async () => (await import('./export-sheet')).exportSheetCommand,
  report: async () => (await import('./report')).report,
  serve: async () => (await import('./serve')).serve,
  status: async () => (await import('./status')).statusCommand,
};
