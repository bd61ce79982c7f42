import { describe, expect, it } from 'vitest';
import { appTokensCss, DARK, LIGHT, reportTokensCss } from './design-tokens';
import { escapeHtml } from './report/html-escape';
import { REPORT_STYLE } from './report/html-style';

describe('design tokens', () => {
  it('define the same colours in the light and the dark theme', () => {
    expect(Object.keys(DARK).sort()).toEqual(Object.keys(LIGHT).sort());
  });

  it("give the app every colour in both themes, dark under the system's preference", () => {
    const css = appTokensCss();
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    for (const [name, value] of Object.entries(LIGHT)) expect(light).toContain(`--${name}: ${value};`);
    for (const [name, value] of Object.entries(DARK)) expect(dark).toContain(`--${name}: ${value};`);
    expect(light).toContain('--space-4: 1rem;');
    expect(light).toContain('--radius: 8px;');
    expect(light).toContain('--font-family: system-ui');
  });

  it("put the app's light colours in the report's stylesheet, unchanged by escaping", () => {
    const tokens = reportTokensCss();
    expect(escapeHtml(tokens)).toBe(tokens);
    expect(REPORT_STYLE.html).toContain(tokens);
    expect(REPORT_STYLE.html).toContain(`--ok: ${LIGHT.ok};`);
    expect(tokens).not.toContain(DARK.ok);
  });

  it('leave no literal colour in the report stylesheet outside the tokens', () => {
    const rest = REPORT_STYLE.html.replace(reportTokensCss(), '');
    const literals = rest.match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    // White paper and the light band behind the chart's window are not theme colours.
    expect(literals.filter((c) => !['#fff', '#e7eefb'].includes(c.toLowerCase()))).toEqual([]);
  });
});
