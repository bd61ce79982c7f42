import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ConflictDialog } from './ConflictDialog';

afterEach(cleanup);

describe('ConflictDialog', () => {
  it('is a labelled modal dialog naming the ids, with focus on its first choice', () => {
    render(<ConflictDialog ids={['m-1', 'm-2']} onChoose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Memberships already in the workspace' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('"m-1", "m-2"');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Replace them' }));
  });

  it('answers replace, new, or cancel (also with Escape)', () => {
    const onChoose = vi.fn();
    render(<ConflictDialog ids={['m-1']} onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import as new memberships' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace them' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onChoose.mock.calls).toEqual([['new'], ['replace'], [null]]);
  });

  it('keeps Tab inside the dialog', () => {
    render(<ConflictDialog ids={['m-1']} onChoose={vi.fn()} />);
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Replace them' }));
  });
});
