/**
 * Desktop only: collects what the shell asked of the page (a file the system opened with Afterword, a notification
 * clicked, the menu's Import item) through `app.takeShellRequests`, and does it. Checked when the window gains
 * focus or is shown (both happen when the shell brings it forward) and every two seconds as a fallback, since a
 * window already in front gets no focus event.
 */
import type { ShellRequest } from '../../../src-shared/api/types.ts';
import { api } from './api.ts';
import { invitationInbox } from './invitation-inbox.svelte.ts';
import { router } from './router.svelte.ts';

const FALLBACK_CHECK_MS = 2_000;

async function handle(request: ShellRequest): Promise<void> {
  switch (request.kind) {
    case 'import-invitation':
      invitationInbox.open({ fileName: request.fileName, base64: request.base64 });
      return;
    case 'refused-file':
      router.go(`import?refused=${encodeURIComponent(`${request.fileName}: ${request.message}`)}`);
      return;
    case 'open-due': {
      const note = await api.followups.openDue({ key: request.key });
      router.go(note.ok ? `followup/${note.value.id}` : 'due');
      return;
    }
    case 'dismiss-due':
      router.go(`due?dismiss=${encodeURIComponent(request.key)}`);
      return;
  }
}

let checking = false;

async function check(): Promise<void> {
  if (checking) return;
  checking = true;
  try {
    const result = await api.app.takeShellRequests();
    if (result.ok) for (const request of result.value) await handle(request);
  } finally {
    checking = false;
  }
}

export function startShellRequests(): void {
  void check();
  window.addEventListener('focus', () => void check());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void check();
  });
  setInterval(() => void check(), FALLBACK_CHECK_MS);
}
