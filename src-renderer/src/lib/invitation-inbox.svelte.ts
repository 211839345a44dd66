/**
 * An invitation on its way to the Import screen: a file dropped anywhere in the window, opened with the file picker
 * or by the operating system (desktop), or pasted. The screen takes it from here, so every way in ends the same.
 */
import { router } from './router.svelte.ts';

export interface InvitationSource {
  fileName: string;
  base64: string;
}

/** Bytes as base64 without a data: URL round trip; in chunks, so a large file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function fromFile(file: File): Promise<InvitationSource> {
  return { fileName: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

export function fromText(text: string, fileName = 'Pasted invitation.ics'): InvitationSource {
  return { fileName, base64: toBase64(new TextEncoder().encode(text)) };
}

/** Whether a dragged or pasted item looks like an invitation (by name, or by type where the system gives one). */
export function isInvitationFile(file: { name: string; type: string }): boolean {
  return /\.(ics|ical|ifb|icalendar|eml)$/i.test(file.name) || /^(text\/calendar|application\/ics|message\/rfc822)$/i.test(file.type);
}

class InvitationInbox {
  pending = $state<InvitationSource | null>(null);

  /** Hands a file to the Import screen and shows it. */
  open(source: InvitationSource): void {
    this.pending = source;
    router.go('import');
  }

  take(): InvitationSource | null {
    const source = this.pending;
    this.pending = null;
    return source;
  }
}

export const invitationInbox = new InvitationInbox();
