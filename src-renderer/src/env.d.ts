/// <reference types="svelte" />
/// <reference types="vite/client" />

/** A hunspell `.dic` (with its `.aff` beside it) prepared at build time: the address of the prepared file. */
declare module '*.dic?prepared' {
  const url: string;
  export default url;
}
