/** A route read from the address: `#/applications/12?new=1` is `applications`, `['12']` and its query. */
export interface Route {
  /** First path segment, e.g. `applications`. */
  name: string;
  /** Remaining segments, e.g. `['12']`. */
  params: string[];
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [name = '', ...params] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name, params, query: new URLSearchParams(search) };
}
