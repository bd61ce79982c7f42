/** Words the screens show for the domain's codes. */
import type { Level } from '../../shared/interchange/fields';

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  registered: 'Registered Member',
  certified: 'Certified Partner',
  gold: 'Gold Certified Partner',
};
