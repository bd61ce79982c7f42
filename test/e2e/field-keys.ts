/**
 * The keyboard actions of the randomized form tests (autosave-random.spec.ts, autosave-csat.ts):
 * replacing a field's value, appending to it, deleting from its end, Tab, with random key delays.
 */
import type { Locator, Page } from '@playwright/test';
import type { Random } from './random';

export type KeyAction = 'replace' | 'append' | 'delete' | 'tab';

export const KEY_ACTIONS: readonly KeyAction[] = ['replace', 'replace', 'append', 'delete', 'tab'];

export function isKeyAction(kind: string): kind is KeyAction {
  return (KEY_ACTIONS as readonly string[]).includes(kind);
}

/** Does `kind` to `field`; a replacing value is picked from `values`. */
export async function keyAction(
  page: Page,
  field: Locator,
  kind: KeyAction,
  values: readonly string[],
  random: Random,
): Promise<void> {
  const keyDelay = () => random.int(0, 30);
  if (kind === 'tab') {
    await page.keyboard.press('Tab');
    return;
  }
  await field.focus();
  if (kind === 'replace') {
    await page.keyboard.press('ControlOrMeta+a');
    const value = random.pick(values);
    if (value === '') await page.keyboard.press('Backspace');
    // A long value is pasted (one input event); a short one is typed key by key.
    else if (value.length > 20) await page.keyboard.insertText(value);
    else await page.keyboard.type(value, { delay: keyDelay() });
  } else if (kind === 'append') {
    await page.keyboard.press('End');
    await page.keyboard.type(random.pick(['0', '5', '-', 'a', '.', ' ']), { delay: keyDelay() });
  } else {
    await page.keyboard.press('End');
    for (let n = random.int(1, 3); n > 0; n -= 1)
      await page.keyboard.press('Backspace', { delay: keyDelay() });
  }
}
