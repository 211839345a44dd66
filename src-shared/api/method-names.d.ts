/** The contract's method names, made at build time by scripts/method-names.ts. */
declare module 'virtual:afterword/method-names' {
  const methodNames: readonly import('./contract.ts').MethodName[];
  export default methodNames;
}
