import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ConflictDialog } from './ConflictDialog';
import type { ImportConflictQuestion } from './workspace-files';

afterEach(cleanup);

const question: ImportConflictQuestion = {
  fileMemberships: 2,
  conflicts: [
    {
      index: 1,
      matchedBy: 'partnerId',
      workspace: { id: 'm-1', organization: 'Contoso Consulting Ltd', location: 'Dublin', partnerId: '42' },
      file: { id: 'm-2', organization: 'Contoso Consulting', location: 'Dublin 2', partnerId: '42' },
    },
  ],
};

describe('ConflictDialog', () => {
  it('names each membership on both sides, never by id, with focus on Cancel', () => {
    render(<ConflictDialog question={question} onChoose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Memberships already in the workspace' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const list = screen.getByTestId('conflict-list').textContent;
    expect(list).toContain('In the workspace: Contoso Consulting Ltd — Dublin');
    expect(list).toContain('In the file: Contoso Consulting — Dublin 2 (same partner ID, 42)');
    expect(dialog.textContent).toContain('The other membership in the file is added as new either way.');
    expect(dialog.textContent).not.toContain('m-1');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('answers replace, new, or cancel (also with Escape and Enter on the default)', () => {
    const onChoose = vi.fn();
    render(<ConflictDialog question={question} onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import as new memberships' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace it' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    (document.activeElement as HTMLButtonElement).click();
    expect(onChoose.mock.calls).toEqual([['new'], ['replace'], [null], [null]]);
  });

  it('keeps Tab inside the dialog', () => {
    render(<ConflictDialog question={question} onChoose={vi.fn()} />);
    screen.getByRole('button', { name: 'Replace it' }).focus();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });
});
