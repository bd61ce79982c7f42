/** The CLI's commands by name. Each file exports one `Command`. */
import type { Command } from '../io';
import { evaluate } from './evaluate';
import { exportCommand } from './export';
import { importCommand } from './import';
import { report } from './report';
import { serve } from './serve';

export const commands: Readonly<Record<string, Command>> = {
  evaluate,
  export: exportCommand,
  import: importCommand,
  report,
  serve,
};
