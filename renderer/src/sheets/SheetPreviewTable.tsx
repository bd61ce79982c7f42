/**
 * The import dialog's preview: each sheet column with what it fills, and the first rows with
 * every problem shown on its row and column.
 */
import { columnsOf } from '../../../shared/sheets/columns';
import type { SheetPreview } from '../../../shared/ipc/sheet-channels';
import { columnName } from './SheetMapping';
import { describeSheetProblem, type SheetList, type SheetProblem } from '../../../shared/sheets/types';

interface Props {
  readonly list: SheetList;
  readonly preview: SheetPreview;
}

/** Problems by "row:column header", and by row for the ones about a whole row. */
function problemIndex(problems: readonly SheetProblem[]) {
  const cells = new Map<string, string[]>();
  for (const p of problems) {
    const key = `${p.row}:${p.column ?? ''}`;
    cells.set(key, [...(cells.get(key) ?? []), p.message]);
  }
  return cells;
}

export function SheetPreviewTable({ list, preview }: Props) {
  const fills = new Map(columnsOf(list).map((c) => [c.key, `→ ${c.header}`]));
  const problems = problemIndex(preview.problems);
  return (
    <div className="sheet-preview" tabIndex={0} role="region" aria-label="Columns and preview rows">
      <table className="sheet-preview__table">
        <caption className="visually-hidden">
          Sheet columns, what each fills, and the first rows with every problem
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {preview.headers.map((header, i) => (
              <th key={i} scope="col">
                <span className="sheet-preview__header">{columnName(header, i)}</span>
                <span className="sheet-preview__fills">{fills.get(preview.keys[i] ?? '') ?? 'ignored'}</span>
              </th>
            ))}
            <th scope="col">Problems in the row</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => {
            const rowProblems = problems.get(`${row.row}:`) ?? [];
            const inRow = preview.problems.filter((p) => p.row === row.row);
            return (
              <tr key={row.row} className={inRow.length > 0 ? 'sheet-preview__bad' : undefined}>
                <th scope="row">{row.row}</th>
                {preview.headers.map((header, i) => {
                  const cellProblems = problems.get(`${row.row}:${header}`) ?? [];
                  return (
                    <td
                      key={i}
                      className={cellProblems.length > 0 ? 'sheet-preview__cell--bad' : undefined}
                      aria-invalid={cellProblems.length > 0 || undefined}
                      title={cellProblems.join(' ') || undefined}
                    >
                      {row.cells[i] ?? ''}
                    </td>
                  );
                })}
                <td className="sheet-preview__messages">
                  {[...inRow.filter((p) => p.column !== null).map(describeSheetProblem), ...rowProblems].join(
                    ' ',
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
