/**
 * The draft the crash-safety writer saves at each step. Its text carries the step number and its length varies
 * from step to step (one page to several), so a torn or mixed write cannot pass for a real one.
 */
export function draftSubject(sequence: number): string {
  return `Thank you (draft ${sequence})`;
}

export function draftBody(sequence: number): string {
  const filler = `Line ${sequence}: thank you for the conversation about the streaming work at Acme.\n`;
  return `sequence:${sequence}\n${filler.repeat(1 + ((sequence * 37) % 120))}`;
}

/** The step number a saved body claims, or null if the body is not one the writer wrote. */
export function sequenceOf(body: string): number | null {
  const match = /^sequence:(\d+)\n/.exec(body);
  if (!match) return null;
  const sequence = Number(match[1]);
  return body === draftBody(sequence) ? sequence : null;
}
