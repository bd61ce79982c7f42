/**
 * The last spreadsheet import and the list as it was before it, kept outside the editor so
 * "Undo import" survives moving to another step or view and back.
 */
import { create } from 'zustand';
import type { CompetencyAssignments } from '../../../shared/sheets/competency-undo';
import type { SheetList } from '../../../shared/sheets/types';

export interface LastImport {
  readonly membershipId: string;
  readonly list: SheetList;
  readonly message: string;
  /** The list before the import; null once undone (or when the line is only a message). */
  readonly before: readonly { readonly id: string }[] | null;
  /** For competencies: what pointed at them before the import, put back by the undo. */
  readonly assignments?: CompetencyAssignments | null;
}

interface SheetUndoState {
  readonly last: LastImport | null;
  sheetImported(last: LastImport): void;
  sheetMessageShown(membershipId: string, list: SheetList, message: string): void;
}

export const useSheetUndo = create<SheetUndoState>()((set) => ({
  last: null,
  sheetImported: (last) => set({ last }),
  sheetMessageShown: (membershipId, list, message) =>
    set({ last: { membershipId, list, message, before: null } }),
}));
