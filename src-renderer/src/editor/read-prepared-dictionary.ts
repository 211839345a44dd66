/**
 * Reads a dictionary prepared at build time (`import url from '…/index.dic?prepared'`, see
 * scripts/prepared-dictionaries.ts) as the bytes the spell checker opens in place: any dialect's dictionary is read
 * the same way.
 */
export async function readPreparedDictionary(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The spelling dictionary could not be read (${response.status} for ${url}).`);
  return new Uint8Array(await response.arrayBuffer());
}
