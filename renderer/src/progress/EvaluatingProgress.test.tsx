import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { EvaluatingProgress, evaluatingShown, evaluatingText } from './EvaluatingProgress';

afterEach(cleanup);

describe('EvaluatingProgress', () => {
  it('says what it does before the count is known, with a bar of unknown length', () => {
    render(<EvaluatingProgress progress={undefined} id="evaluating" />);
    expect(screen.getByText('Evaluating every membership…')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Evaluating every membership…' });
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
  });

  it('counts the memberships done, in words and on the bar', () => {
    const progress = { what: 'Evaluating memberships', done: 1200, total: 2000 };
    expect(evaluatingText(progress)).toBe('Evaluating memberships — 1,200 of 2,000');
    render(<EvaluatingProgress progress={progress} id="evaluating" />);
    const bar = screen.getByRole('progressbar', { name: 'Evaluating memberships — 1,200 of 2,000' });
    expect(bar.getAttribute('aria-valuenow')).toBe('1200');
    expect(bar.getAttribute('aria-valuemax')).toBe('2000');
  });

  it('shows at first and in a refresh of several memberships, not for one or once done', () => {
    const of = (done: number, total: number) => ({ what: 'Evaluating memberships', done, total });
    expect(evaluatingShown({ state: 'loading' })).toBe(true);
    expect(evaluatingShown({ state: 'ready', value: [], progress: of(3, 200) })).toBe(true);
    expect(evaluatingShown({ state: 'ready', value: [], progress: of(0, 1) })).toBe(false);
    expect(evaluatingShown({ state: 'ready', value: [] })).toBe(false);
    expect(evaluatingShown({ state: 'failed', message: 'No.' })).toBe(false);
  });
});
