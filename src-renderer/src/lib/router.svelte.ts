/**
 * Hash routing: `#/applications/12` and the like. Hash routes work identically under `app://` and in browser
 * mode, and reloading keeps the user on the same screen.
 */
export interface Route {
  /** First path segment, e.g. `applications`. */
  name: string;
  /** Remaining segments, e.g. `['12']`. */
  params: string[];
  query: URLSearchParams;
}

function parse(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [name = '', ...params] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name, params, query: new URLSearchParams(search) };
}

class Router {
  current = $state<Route>(parse(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.current = parse(location.hash);
    });
  }

  go(path: string): void {
    const target = `#/${path.replace(/^[#/]+/, '')}`;
    if (location.hash === target) this.current = parse(target);
    else location.hash = target;
  }
}

export const router = new Router();

export function href(path: string): string {
  return `#/${path.replace(/^[#/]+/, '')}`;
}
