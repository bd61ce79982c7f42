/**
 * The renderer bench's baseline pages: an empty React page built by Vite as the renderer is, and
 * a static HTML page holding the MCP list's 5,000-row table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import type { syntheticDocument } from './synthetic';
import { MARK_NOW } from './browser-pages';

export type Doc = ReturnType<typeof syntheticDocument>;

/** The empty React page: createRoot and one heading, built by Vite as the renderer is. */
export async function buildEmptyReact(dir: string): Promise<void> {
  const src = join(dir, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(src, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Empty</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(src, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\n" +
      'createRoot(document.getElementById(\'root\')!).render(<h1 id="ready">Ready</h1>);\n',
  );
  await build({
    configFile: false,
    root: src,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'chrome130' },
  });
}

/** A static page with the MCP list's columns for every professional of the first membership. */
export function staticTablePage(doc: Doc): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = (doc.memberships[0]?.professionals ?? [])
    .map((p) => {
      const cells = [
        p.name,
        p.mcpId ?? '',
        p.certifications.map((c) => c.name).join(', '),
        p.associated ? 'Yes' : 'No',
        p.links.map((l) => l.specialization).join(', '),
      ];
      return `<tr>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`;
    })
    .join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Static</title></head><body>' +
    '<table><thead><tr><th>Name</th><th>MCP ID</th><th>Certifications</th><th>Associated</th>' +
    `<th>Links</th></tr></thead><tbody>${rows}</tbody></table>` +
    `<script>requestAnimationFrame(() => setTimeout(() => { ${MARK_NOW} }));</script>` +
    '</body></html>'
  );
}
