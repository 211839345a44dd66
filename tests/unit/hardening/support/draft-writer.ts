/**
 * Saves a draft over and over, as the editor's autosave does, until it is killed.
 *
 * Usage: node --import tsx draft-writer.ts DATA_DIR FOLLOW_UP_ID FIRST_SEQUENCE
 *
 * Prints `ready` once the journal is open, then the sequence number of each save AFTER `followups.saveDraft` has
 * answered ok: a number on stdout is a save the journal acknowledged. Standard output is a pipe, which Node
 * writes synchronously on Linux and macOS, so a printed number reaches the parent even if the process dies next.
 */
import { nodePlatform } from '../../../../src-main/platform/node-platform.ts';
import { createServices } from '../../../../src-main/services/index.ts';
import { draftBody, draftSubject } from './draft-body.ts';

const [dataDir, idText, firstText] = process.argv.slice(2);
if (!dataDir || !idText || !firstText) {
  process.stderr.write('Usage: draft-writer DATA_DIR FOLLOW_UP_ID FIRST_SEQUENCE\n');
  process.exit(2);
}
const id = Number(idText);
const services = createServices({ dataDir, platform: nodePlatform('0.0.0-test'), log: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write('ready\n');

for (let sequence = Number(firstText); ; sequence += 1) {
  const result = await services.dispatch('followups.saveDraft', { id, subject: draftSubject(sequence), body: draftBody(sequence) });
  if (!result.ok) {
    process.stderr.write(`save ${sequence} failed: ${result.error.code}: ${result.error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${sequence}\n`);
}
