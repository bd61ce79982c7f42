/** Which level's steps the Certified/Gold tab shows, for the steps that differ by level. */
import { createContext, useContext } from 'react';

export type PartnerLevel = 'certified' | 'gold';

export const LevelContext = createContext<PartnerLevel>('gold');

export function usePartnerLevel(): PartnerLevel {
  return useContext(LevelContext);
}
