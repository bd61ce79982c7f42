/**
 * How a step's forms tell the wizard whether it may move on: each form registers a validator
 * while it is on screen, and Next runs them all before leaving the step.
 */
import { createContext, useContext, useEffect } from 'react';

/** Validates a form, shows its problems, and resolves true when it may be left. */
export type StepValidator = () => Promise<boolean>;

export interface WizardRegistry {
  register(validator: StepValidator): () => void;
}

export const WizardContext = createContext<WizardRegistry | null>(null);

/** Registers `validator` with the enclosing wizard (if any) while the component is mounted. */
export function useStepValidator(validator: StepValidator): void {
  const registry = useContext(WizardContext);
  useEffect(() => (registry ? registry.register(validator) : undefined), [registry, validator]);
}

/** A registry that runs every validator (all of them, so every form shows its problems). */
export function createRegistry(): WizardRegistry & { validateAll(): Promise<boolean> } {
  const validators = new Set<StepValidator>();
  return {
    register(validator) {
      validators.add(validator);
      return () => validators.delete(validator);
    },
    async validateAll() {
      const results = await Promise.all([...validators].map((validate) => validate()));
      return results.every(Boolean);
    },
  };
}
