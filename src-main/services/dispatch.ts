/**
 * The single entry point every transport goes through: IPC in the desktop app, HTTP in browser mode, direct calls
 * in tests. It checks the method name, validates the payload against the contract, runs the handler and turns any
 * outcome into a `Result`, so nothing a caller sends can crash the process.
 */
import type { z } from 'zod';
import { contract, isMethodName, type Handlers, type MethodName } from '../../src-shared/api/contract.ts';
import { AppError, type FieldIssue, type Result } from '../../src-shared/api/result.ts';

export type Dispatch = (name: string, payload: unknown) => Promise<Result<unknown>>;

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function describeIssues(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path ? `${first.path}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${where}${first.message}${more}`;
}

/** Names an expected failure (a full disk, a read-only folder…) that is not an `AppError` yet; `null` if it is not one. */
export type ClassifyError = (error: unknown, name: MethodName) => AppError | null;

export function createDispatch(handlers: Handlers, log: (message: string) => void = console.error, classify?: ClassifyError): Dispatch {
  return async (name, payload) => {
    if (!isMethodName(name)) {
      return { ok: false, error: { code: 'invalid-input', message: `There is no action called “${String(name).slice(0, 80)}”.` } };
    }
    try {
      // Inside the try: a refinement or transform that throws is a bug to report, not a reason to reject.
      const parsed = contract[name].input.safeParse(payload);
      if (!parsed.success) {
        const fields = zodIssues(parsed.error);
        return { ok: false, error: { code: 'invalid-input', message: describeIssues(fields), fields } };
      }
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      const named = classify?.(error, name);
      if (named) return { ok: false, error: named.toApiError() };
      log(`[afterword] ${name as MethodName} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `Something went wrong while doing “${name}”: ${detail}` } };
    }
  };
}
