/**
 * The Deadlines tab's badge, once a membership is open: its count and the rules it needs load
 * then, so the home that opens at start carries neither.
 */
import { lazy, Suspense } from 'react';
import { useWorkspace } from '../store/workspace-store';

const DeadlinesBadge = lazy(async () => ({ default: (await import('./DeadlinesBadge')).DeadlinesBadge }));

export function DeadlinesTabBadge() {
  const open = useWorkspace((s) => s.current !== null && !s.creating);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <DeadlinesBadge />
    </Suspense>
  );
}
