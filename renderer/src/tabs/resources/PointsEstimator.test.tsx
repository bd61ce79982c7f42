import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { AS_OF, goldMembership } from '../../../../test/fixtures/gold-membership';
import { MPP_2009 } from '../../../../shared/rules/mpp2009';
import { PointsEstimator } from './PointsEstimator';

afterEach(cleanup);

// One competency attained (30 + 20 bonus) and no other points: 50, Certified reached, Gold 70 short.
const membership = goldMembership({
  competencies: goldMembership().competencies.slice(0, 1),
  otherPoints: [],
});

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
}

describe('PointsEstimator', () => {
  it('starts from the recorded points and follows each change', async () => {
    render(<PointsEstimator membership={membership} asOf={AS_OF} ruleset={MPP_2009} />);
    expect(screen.getByTestId('estimate-total').textContent).toBe('50');
    expect(screen.getByTestId('estimate-levels').textContent).toContain(
      'Gold Certified Partner (120 points): 70 points short',
    );
    await type('More competencies attained', '2');
    expect(screen.getByTestId('estimate-total').textContent).toBe('110');
    await type('More points from other ways', '10');
    expect(screen.getByTestId('estimate-total').textContent).toBe('120');
    expect(screen.getByTestId('estimate-levels').textContent).toContain(
      'Gold Certified Partner (120 points): points reached; qualifies',
    );
  });

  it('shows the schema’s message on a field given a negative or fractional number, and no estimate', async () => {
    render(<PointsEstimator membership={membership} asOf={AS_OF} ruleset={MPP_2009} />);
    await type('More points from other ways', '-5');
    expect(screen.getByText('The number of points cannot be negative')).toBeTruthy();
    expect(screen.queryByTestId('estimate-total')).toBeNull();
    await type('More points from other ways', '2.5');
    expect(screen.getByText('The number of points must be a whole number')).toBeTruthy();
  });
});
