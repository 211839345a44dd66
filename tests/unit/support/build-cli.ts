// The command-line tests run `node bin/afterword.js`, which runs the build in out/cli/: build it from the current
// sources first (well under a second), so no test ever exercises a stale command.
import { buildCli } from '../../../scripts/build-cli.js';

export default async function setup(): Promise<void> {
  await buildCli();
}
