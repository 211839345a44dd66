/**
 * Hash routing: `#/applications/12` and the like. Hash routes work identically under `app://` and in browser
 * mode, and reloading keeps the user on the same screen. Leaving a screen with a changed, unsaved form asks first.
 */
import { parseRoute as parse, type Route } from './route.ts';
import { hasUnsaved, leaving } from './unsaved.svelte.ts';

export type { Route };

class Router {
  current = $state<Route>(parse(location.hash));
  /** Bumped when the screen shown is asked for again (after an undo, say): it is then drawn afresh. */
  visit = $state(0);
  #shown = location.hash;

  constructor() {
    window.addEventListener('hashchange', () => void this.#arrive(location.hash));
  }

  go(path: string): void {
    const target = `#/${path.replace(/^[#/]+/, '')}`;
    if (location.hash === target) {
      this.current = parse(target);
      this.visit += 1;
    } else location.hash = target;
  }

  /** A link, the Back button or `go` changed the address: stay put and ask while a form holds unsaved changes. */
  async #arrive(hash: string): Promise<void> {
    if (hash === this.#shown) return;
    if (hasUnsaved()) {
      const wanted = hash;
      history.replaceState(null, '', this.#shown || '#/');
      if (!(await leaving.ask(wanted))) return;
      history.replaceState(null, '', wanted);
    }
    this.#shown = location.hash;
    this.current = parse(location.hash);
  }
}

export const router = new Router();

export function href(path: string): string {
  return `#/${path.replace(/^[#/]+/, '')}`;
}
