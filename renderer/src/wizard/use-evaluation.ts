/** The open membership's evaluation at the chosen "as of" date, derived and memoized, never stored. */
import { useMemo } from 'react';
import { evaluateMembership } from '../../../shared/rules/evaluate';
import type { MembershipEvaluation } from '../../../shared/rules/types';
import { useWorkspace } from '../store/workspace-store';

export function useEvaluation(): MembershipEvaluation | null {
  const current = useWorkspace((s) => s.current);
  const asOf = useWorkspace((s) => s.asOf);
  return useMemo(() => (current ? evaluateMembership(current, asOf) : null), [current, asOf]);
}
