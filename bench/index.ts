/** `npm run bench`: runs each benchmark module in turn; each prints its own figures. */
export {};

const benches: Array<() => Promise<{ run: () => Promise<void> }>> = [
  () => import('./cli-start.ts'),
  () => import('./review.ts'),
  () => import('./suggestions.ts'),
  () => import('./grammar.ts'),
  () => import('./journal.ts'),
  () => import('./editor.ts'),
];

for (const load of benches) {
  const { run } = await load();
  await run();
}
