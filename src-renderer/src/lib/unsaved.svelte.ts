/**
 * Unsaved-changes protection: a form marked with `use:guardUnsaved` counts as changed from its first input until it
 * is saved (`settleUnsaved`) or leaves the page. Leaving the screen while one is changed asks first, in the app's own
 * dialog (`leaving`); closing or reloading the window gets the browser's own question.
 */
const changed = new Set<HTMLFormElement>();

export function guardUnsaved(form: HTMLFormElement): { destroy(): void } {
  const mark = () => changed.add(form);
  form.addEventListener('input', mark);
  form.addEventListener('change', mark);
  return {
    destroy() {
      changed.delete(form);
      form.removeEventListener('input', mark);
      form.removeEventListener('change', mark);
    },
  };
}

/** After a successful save, before moving on: what was typed is in the journal now. */
export function settleUnsaved(form?: HTMLFormElement | null): void {
  if (form) changed.delete(form);
  else changed.clear();
}

export function hasUnsaved(): boolean {
  for (const form of changed) if (!form.isConnected) changed.delete(form);
  // A form whose save is on its way (its submit button is disabled meanwhile) is not left with anything unsaved:
  // the save lands whether or not the screen is still there.
  return [...changed].some((form) => form.querySelector('[type="submit"]:disabled') === null);
}

/** The question on screen, if any: where the user wanted to go, answered by `answerLeaving`. */
class Leaving {
  target = $state<string | null>(null);
  #answer: ((leave: boolean) => void) | null = null;

  ask(target: string): Promise<boolean> {
    this.#answer?.(false);
    this.target = target;
    return new Promise((resolve) => (this.#answer = resolve));
  }

  answer(leave: boolean): void {
    if (leave) changed.clear();
    this.target = null;
    this.#answer?.(leave);
    this.#answer = null;
  }
}

export const leaving = new Leaving();

window.addEventListener('beforeunload', (event) => {
  if (hasUnsaved()) event.preventDefault();
});
