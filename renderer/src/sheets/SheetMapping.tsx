/**
 * What each sheet column fills, one labelled choice per column in a grid that wraps: the
 * choices stay whole at any window width instead of being squeezed into the preview's header.
 */
import { columnsOf } from '../../../shared/sheets/columns';
import type { SheetPreview } from '../../../shared/ipc/sheet-channels';
import type { SheetList } from '../../../shared/sheets/types';

interface Props {
  readonly list: SheetList;
  readonly preview: SheetPreview;
  readonly onMap: (column: number, key: string | null) => void;
}

/** A column's header as shown: its text, or its position when the header cell is empty. */
export const columnName = (header: string, index: number) => header || `(column ${index + 1})`;

export function SheetMapping({ list, preview, onMap }: Props) {
  const options = columnsOf(list);
  return (
    <fieldset className="sheet-mapping">
      <legend>What each column of the sheet fills</legend>
      <div className="sheet-mapping__grid">
        {preview.headers.map((header, i) => (
          <label key={i} className="sheet-mapping__column">
            <span className="sheet-mapping__header">{columnName(header, i)}</span>
            <select
              aria-label={header ? `Column “${header}” fills` : `${columnName(header, i)} fills`}
              value={preview.keys[i] ?? ''}
              onChange={(event) => onMap(i, event.target.value === '' ? null : event.target.value)}
            >
              <option value="">Ignore</option>
              {options.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.header}
                  {c.required ? ' (required)' : ''}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
