/**
 * One `ipcMain.handle` per contract method. Each call is answered only when it comes from the app's own
 * top-level page; the payload is then validated by the shared dispatcher like any other transport.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannel } from '../../src-shared/api/client.ts';
import { methodNames } from '../../src-shared/api/contract.ts';
import type { Result } from '../../src-shared/api/result.ts';
import { isTrustedSender } from '../security/app-origin.ts';
import type { Dispatch } from '../services/dispatch.ts';

export function registerIpc(dispatch: Dispatch, allowedOrigins: readonly string[]): void {
  for (const name of methodNames) {
    ipcMain.handle(ipcChannel(name), (event, payload: unknown): Promise<Result<unknown>> | Result<unknown> => {
      if (!fromAppPage(event, allowedOrigins)) {
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from the Afterword window.' } };
      }
      return dispatch(name, payload);
    });
  }
}

function fromAppPage(event: IpcMainInvokeEvent, allowedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return isTrustedSender(
    {
      frameUrl: frame.url,
      isMainFrame: frame === event.sender.mainFrame,
      isAppWindow: BrowserWindow.fromWebContents(event.sender) !== null,
    },
    allowedOrigins,
  );
}
