/** The CLI's commands by name. Each file exports one `Command`. */
import type { Command } from '../io';
import { evaluate } from './evaluate';
import { serve } from './serve';

export const commands: Readonly<Record<string, Command>> = {
  evaluate,
  serve,
};
