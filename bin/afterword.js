#!/usr/bin/env node
// The `afterword` command. Runs the TypeScript sources through tsx so the command line always uses exactly the
// code the app uses.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
