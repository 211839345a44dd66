export * from './contract.ts';
export * from './result.ts';
export type * from './types.ts';
