// Closing or reloading the desktop window while a note is unsaved: the page asks to stay, Electron emits
// 'will-prevent-unload', and the shell asks the user. Run against a recording stand-in for Electron's API.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = { answer: 1, asked: [] as unknown[] };
  const electron = {
    dialog: {
      showMessageBoxSync: (_window: unknown, options: unknown) => {
        state.asked.push(options);
        return state.answer;
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

const { confirmLeavingUnsaved } = await import('../../src-main/desktop/leave-guard.ts');

function fakeWindow() {
  const listeners = new Map<string, Listener>();
  const window = { webContents: { on: (name: string, listener: Listener) => listeners.set(name, listener) } };
  return { window, listeners };
}

/** The page asked to stay; answers whether the window goes ahead and unloads. */
function pageAsksToStay(listeners: Map<string, Listener>): boolean {
  let leaves = false;
  listeners.get('will-prevent-unload')?.({ preventDefault: () => (leaves = true) });
  return leaves;
}

describe('leaving the desktop window with unsaved text', () => {
  beforeEach(() => {
    fake.state.asked = [];
  });

  it('asks "Leave / Stay", with Stay the default and the answer to Escape', () => {
    const { window, listeners } = fakeWindow();
    confirmLeavingUnsaved(window as never);
    fake.state.answer = 1;
    expect(pageAsksToStay(listeners)).toBe(false);
    expect(fake.state.asked).toEqual([
      expect.objectContaining({ buttons: ['Leave', 'Stay'], defaultId: 1, cancelId: 1, message: 'Leave without saving your latest changes?' }),
    ]);
  });

  it('lets the window close or reload when the user chooses Leave', () => {
    const { window, listeners } = fakeWindow();
    confirmLeavingUnsaved(window as never);
    fake.state.answer = 0;
    expect(pageAsksToStay(listeners)).toBe(true);
  });
});
