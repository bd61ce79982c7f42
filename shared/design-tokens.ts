/**
 * The design tokens, in one place for the app and the printed report: colours (light and dark),
 * spacing, type and radius. The app's `:root` custom properties are generated from this file at
 * build time (`vite.config.ts`, module `virtual:design-tokens.css`); the HTML report's stylesheet
 * interpolates the light colours (`shared/report/html-style.ts`). Change a colour here and both
 * follow, so the report's green is the app's green.
 */

/** The colours one theme defines; every theme defines all of them. */
export interface ColourTokens {
  /** Page background. */
  readonly bg: string;
  /** Panels, cards, inputs. */
  readonly surface: string;
  /** A quieter band: table heads, hovered rows, notes. */
  readonly 'surface-2': string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  /** Text on an accent background. */
  readonly 'accent-text': string;
  /** Met, in time, saved. */
  readonly ok: string;
  readonly 'ok-bg': string;
  /** At risk, soon. */
  readonly warn: string;
  readonly 'warn-bg': string;
  /** Unmet, overdue, failed. */
  readonly bad: string;
  readonly 'bad-bg': string;
  /** To do: the report's status chip for a requirement nobody has answered yet. */
  readonly todo: string;
  /** Advisory: a requirement that informs but does not decide readiness. */
  readonly advisory: string;
  readonly focus: string;
}

export const LIGHT: ColourTokens = {
  bg: '#f5f6f8',
  surface: '#ffffff',
  'surface-2': '#eef1f5',
  text: '#1c2430',
  muted: '#546072',
  border: '#d5dbe3',
  accent: '#0b5cad',
  'accent-text': '#ffffff',
  ok: '#1b6e3a',
  'ok-bg': '#e5f4ea',
  warn: '#8a4b00',
  'warn-bg': '#fff3e0',
  bad: '#b3261e',
  'bad-bg': '#fdecea',
  todo: '#3e4c9a',
  advisory: '#6e4ea0',
  focus: '#1a73e8',
};

export const DARK: ColourTokens = {
  bg: '#14181e',
  surface: '#1c222a',
  'surface-2': '#252d37',
  text: '#e6ebf1',
  muted: '#a5b1c2',
  border: '#3a4552',
  accent: '#7ab4f5',
  'accent-text': '#0d1722',
  ok: '#7fd49b',
  'ok-bg': '#173524',
  warn: '#f2bb6b',
  'warn-bg': '#3a2a12',
  bad: '#ff9a8f',
  'bad-bg': '#3d1d1b',
  todo: '#a9b4f0',
  advisory: '#c9b3f2',
  focus: '#8ab8ff',
};

/** Spacing steps, as `--space-N`. */
export const SPACE = {
  1: '0.25rem',
  2: '0.5rem',
  3: '0.75rem',
  4: '1rem',
  5: '1.25rem',
  6: '1.5rem',
  8: '2rem',
} as const;

/** Type: system fonts only (a remote font would be an external request, refused offline). */
export const TYPE = {
  // Unquoted names are valid CSS and need no escaping where the report interpolates them.
  family: 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif',
  size: '15px',
  'line-height': '1.5',
  small: '0.9rem',
  tiny: '0.8rem',
} as const;

export const RADIUS = {
  /** Panels, cards, dialogs. */
  radius: '8px',
  /** Inputs and buttons. */
  'radius-small': '6px',
  /** Chips and badges. */
  'radius-pill': '999px',
} as const;

/** Shadows differ by theme: none in the dark, where borders carry the edges. */
const SHADOW = {
  light: '0 1px 2px rgb(0 0 0 / 6%), 0 1px 8px rgb(0 0 0 / 4%)',
  dark: 'none',
} as const;

function declarations(entries: Iterable<readonly [string, string]>, indent: string): string {
  return [...entries].map(([name, value]) => `${indent}--${name}: ${value};`).join('\n');
}

function colourEntries(theme: ColourTokens, shadow: string): [string, string][] {
  return [...Object.entries(theme), ['shadow', shadow]];
}

function themeIndependentEntries(): [string, string][] {
  return [
    // A preview of the printed report stays on paper colours in either theme.
    ['paper', LIGHT.surface],
    ['paper-text', LIGHT.text],
    ...Object.entries(SPACE).map(([step, value]): [string, string] => [`space-${step}`, value]),
    ...Object.entries(TYPE).map(([name, value]): [string, string] => [`font-${name}`, value]),
    ...Object.entries(RADIUS),
  ];
}

/** The app's custom properties: light by default, dark when the system asks for it. */
export function appTokensCss(): string {
  return [
    ':root {',
    '  color-scheme: light dark;',
    declarations(colourEntries(LIGHT, SHADOW.light), '  '),
    declarations(themeIndependentEntries(), '  '),
    '}',
    '',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    declarations(colourEntries(DARK, SHADOW.dark), '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The report's custom properties: the light theme only, since a report is printed on paper. */
export function reportTokensCss(): string {
  return declarations([...colourEntries(LIGHT, SHADOW.light), ...themeIndependentEntries()], '    ');
}
