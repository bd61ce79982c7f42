import { describe, expect, it } from 'vitest';
import { helpText, parseArgs, usageLine, type CommandSpec } from './args';
import { commands } from './commands';
import { cliRunner } from './commands/workspace-cli.testing';

const SPEC: CommandSpec = {
  name: 'try',
  summary: 'Try the parser.',
  positionals: ['FILE'],
  options: {
    out: { value: 'PATH', help: 'Where to write.' },
    db: { value: 'PATH', required: true, help: 'The database.' },
    force: { help: 'Overwrite.' },
  },
};

const problem = (args: string[]) => {
  try {
    parseArgs(SPEC, args);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'no problem';
};

describe('parseArgs', () => {
  it('reads positionals, valued options (spaced or inline) and flags', () => {
    const parsed = parseArgs(SPEC, ['a.json', '--out', 'x.md', '--db=w.db', '--force']);
    expect(parsed).toEqual({
      help: false,
      positionals: ['a.json'],
      options: { out: 'x.md', db: 'w.db', force: true },
    });
  });

  it('takes everything after -- as positionals, even what looks like an option', () => {
    expect(parseArgs(SPEC, ['--db', 'w.db', '--', '--odd-name.json']).positionals).toEqual([
      '--odd-name.json',
    ]);
  });

  it('reads -h and --help as help, never as a file, and skips the other checks', () => {
    expect(parseArgs(SPEC, ['-h']).help).toBe(true);
    expect(parseArgs(SPEC, ['--help', '--db', 'w.db']).help).toBe(true);
  });

  it.each([
    [['a.json', '--db', 'w.db', '--verbose'], 'unknown option --verbose'],
    [['a.json', '--db', 'w.db', '-v'], 'unknown option -v'],
    [['a.json', '--db', 'w.db', '--out', 'x', '--out', 'y'], '--out is given more than once'],
    [['a.json', '--db', 'w.db', '--force', '--force'], '--force is given more than once'],
    [['a.json', '--db', 'w.db', '--out'], '--out needs a value'],
    [['a.json', '--db', '--out', 'x'], '--db needs a value'],
    [['a.json', '--db', 'w.db', '--force=yes'], '--force takes no value'],
    [['a.json'], '--db PATH is required'],
    [['--db', 'w.db'], 'expected one FILE'],
    [['a.json', 'b.json', '--db', 'w.db'], 'expected one FILE'],
  ])('refuses %j: %s', (args, message) => {
    expect(problem(args)).toContain(message);
  });

  it('accepts a value starting with a dash when written inline', () => {
    expect(parseArgs(SPEC, ['a', '--db', 'w', '--out=-x.md']).options.out).toBe('-x.md');
  });
});

describe('usage and help from the spec', () => {
  it('writes the usage line with required and optional options', () => {
    expect(usageLine(SPEC)).toBe('reenroll try FILE [--out PATH] --db PATH [--force]');
  });

  it('lists every option with its help, and -h', () => {
    const text = helpText(SPEC);
    expect(text).toContain('usage: reenroll try FILE');
    expect(text).toMatch(/--out PATH\s+Where to write\./);
    expect(text).toMatch(/--force\s+Overwrite\./);
    expect(text).toMatch(/-h, --help\s+Show this help\./);
  });
});

describe('reenroll <command> --help', () => {
  const run = async (argv: string[]) => cliRunner().run(...argv);

  it.each(Object.keys(commands))('prints the help of %s from its spec and exits 0', async (name) => {
    const command = await (commands[name] as () => ReturnType<(typeof commands)[string]>)();
    for (const flag of ['--help', '-h']) {
      const result = await run([name, flag]);
      expect(result).toEqual({ code: 0, stdout: helpText(command.spec), stderr: '' });
    }
  });

  it('lists every command in the general usage', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const name of Object.keys(commands)) expect(stdout).toContain(`  ${name}`);
    expect(stdout).toContain('evaluate FILE [--as-of YYYY-MM-DD] [--format json|text]');
  });

  it('names the repeated option and exits 2', async () => {
    const { code, stdout, stderr } = await run([
      'evaluate',
      'x.json',
      '--format',
      'json',
      '--format',
      'text',
    ]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('reenroll evaluate: --format is given more than once');
  });
});
