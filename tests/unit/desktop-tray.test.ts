// The tray that keeps watch, against a recording stand-in for Electron (Electron cannot run on every machine that
// runs the tests): the count on the icon, notifications and what clicking them does, snoozing and skipping from a
// notification or the tray menu, closing to the tray, and invitations the system opens with the app. The journal
// behind it is real. tests/e2e/electron.e2e.ts checks the same in the app itself where Electron is installed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../src-main/services/index.ts';
import type { DueList, Settings } from '../../src-shared/api/journal-types.ts';
import type { ShellRequest } from '../../src-shared/api/types.ts';
import { googleInvitation } from './calendar/invitations.ts';
import { call, useTempServices } from './support/services.ts';
import { tempDir } from '../support/temp-dir.ts';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const SIZE = 32;
  class FakeImage {
    constructor(readonly pixels: Uint8Array | null = null) {}
    resize() {
      return new FakeImage(null);
    }
    toBitmap() {
      return Buffer.alloc(SIZE * SIZE * 4);
    }
  }
  const state = {
    appListeners: new Map<string, Listener[]>(),
    trays: [] as FakeTray[],
    notifications: [] as FakeNotification[],
    openDialogAnswer: null as string | null,
  };
  class FakeTray {
    image: FakeImage;
    tooltip = '';
    title = '';
    menu: { label?: string; submenu?: { label: string; click: () => void }[]; click?: () => void; enabled?: boolean }[] = [];
    listeners = new Map<string, Listener>();
    destroyed = false;
    constructor(image: FakeImage) {
      this.image = image;
      state.trays.push(this);
    }
    setImage(image: FakeImage) {
      this.image = image;
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setTitle(text: string) {
      this.title = text;
    }
    setContextMenu(menu: FakeTray['menu']) {
      this.menu = menu;
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
    }
    destroy() {
      this.destroyed = true;
    }
  }
  class FakeNotification {
    static isSupported = () => true;
    listeners = new Map<string, Listener>();
    shown = false;
    constructor(readonly options: { title: string; body: string; actions?: { text: string }[] }) {
      state.notifications.push(this);
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
    }
    show() {
      this.shown = true;
    }
  }
  const electron = {
    app: {
      on: (name: string, listener: Listener) => state.appListeners.set(name, [...(state.appListeners.get(name) ?? []), listener]),
      setLoginItemSettings: () => {},
    },
    Tray: FakeTray,
    Notification: FakeNotification,
    Menu: { buildFromTemplate: (template: unknown) => template },
    nativeImage: {
      createFromPath: () => new FakeImage(),
      createFromBitmap: (buffer: Buffer) => new FakeImage(new Uint8Array(buffer)),
    },
    dialog: { showOpenDialog: async () => ({ canceled: state.openDialogAnswer === null, filePaths: state.openDialogAnswer ? [state.openDialogAnswer] : [] }) },
  };
  return { state, electron, FakeTray, FakeNotification };
});

vi.mock('electron', () => fake.electron);

const { startKeepingWatch, trayTooltip } = await import('../../src-main/desktop/keep-watch.ts');
const { keepWindowInTray } = await import('../../src-main/desktop/tray-window.ts');
const { importInvitationMenuItem, invitationPathIn, invitationRequest, listenForOpenedFiles } = await import('../../src-main/desktop/open-invitation.ts');
const { badgeText, drawBadge } = await import('../../src-main/desktop/tray-badge.ts');

const journals = useTempServices();
const HOUR = 3_600_000;
/** The Google interview ended at 20:00 UTC on 3 December; its two thank-you notes are due 24 hours later. */
const NEARLY_DUE = Date.parse('2026-12-04T19:00:00.000Z');

async function watched(now = NEARLY_DUE) {
  let clockNow = now;
  const services = journals.start({ dataDir: journals.dir('afterword-tray-'), clock: () => clockNow });
  await call<Settings>(services, 'settings.update', { userEmail: 'sam.candidate@gmail.com' });
  await call(services, 'calendar.importInvitation', { base64: Buffer.from(googleInvitation()).toString('base64'), newApplication: { company: 'Northwind Labs' } });
  const shown: string[] = [];
  const watch = startKeepingWatch({ services, iconPath: '/icon.png', showWindow: () => shown.push('window'), quit: () => shown.push('quit'), clock: () => clockNow });
  const tray = fake.state.trays.at(-1)!;
  return { services, watch, tray, shown, setNow: (t: number) => (clockNow = t) };
}

const requests = (services: Services) => call<ShellRequest[]>(services, 'app.takeShellRequests');
const dueItem = async (services: Services, name: string) => (await call<DueList>(services, 'due.list')).items.find((i) => i.recipientName === name);

beforeEach(() => {
  fake.state.trays.length = 0;
  fake.state.notifications.length = 0;
  fake.state.appListeners.clear();
});
afterEach(() => {
  for (const tray of fake.state.trays) tray.destroyed || tray.destroy();
});

describe('the tray icon', () => {
  it('should show the count of notes due now, leaving out check-ins that are not yet owed', async () => {
    const { tray, watch } = await watched();
    expect(tray.tooltip).toBe('Afterword: 2 notes due');
    expect(tray.menu[0]).toMatchObject({ label: '2 notes due', enabled: false });
    expect(tray.menu.slice(1, 3).map((item) => item.label)).toEqual(['Thank-you note to Dana Whitfield · Northwind Labs', 'Thank-you note to Priya Raman · Northwind Labs']);
    // The count is drawn into the icon: red disc, white "2".
    const pixels = tray.image.pixels!;
    const at = (x: number, y: number) => [...pixels.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4)];
    expect(at(31 - 10, 31 - 10 - 9)).toEqual([0x18, 0x23, 0xb4, 0xff]);
    expect(pixels.some((value, index) => index % 4 === 0 && value === 0xff)).toBe(true);
    watch.stop();
    expect(tray.destroyed).toBe(true);
  });

  it('should show the plain icon and say nothing is due once the notes are settled', async () => {
    const { services, tray, watch } = await watched();
    for (const name of ['Dana Whitfield', 'Priya Raman']) await call(services, 'due.dismiss', { key: (await dueItem(services, name))!.key, reason: 'Decided against it.' });
    watch.check();
    expect(tray.tooltip).toBe(trayTooltip(0));
    expect(tray.image.pixels).toBeNull();
    watch.stop();
  });
});

describe('due notifications', () => {
  it('should notify each thank-you note once, even across a restart of the app', async () => {
    const { services, watch } = await watched();
    expect(fake.state.notifications.map((n) => [n.options.title, n.shown])).toEqual([
      ['Thank-you note to Dana Whitfield due within 2 hours', true],
      ['Thank-you note to Priya Raman due within 2 hours', true],
    ]);
    watch.check();
    watch.stop();
    startKeepingWatch({ services, iconPath: '/icon.png', showWindow: () => {}, quit: () => {}, clock: () => NEARLY_DUE + 60_000 }).stop();
    expect(fake.state.notifications).toHaveLength(2);
  });

  it('should open that note when a notification is clicked', async () => {
    const { services, shown, watch } = await watched();
    const dana = await dueItem(services, 'Dana Whitfield');
    fake.state.notifications[0]!.listeners.get('click')!();
    expect(shown).toEqual(['window']);
    expect(await requests(services)).toEqual([{ kind: 'open-due', key: dana!.key }]);
    expect(await requests(services)).toEqual([]);
    watch.stop();
  });

  it('should snooze from the notification, stay quiet meanwhile, and notify again when the snooze ends', async () => {
    const { services, watch, setNow, tray } = await watched();
    fake.state.notifications[0]!.listeners.get('action')!({}, 0);
    await vi.waitFor(async () => expect((await dueItem(services, 'Dana Whitfield'))?.snoozedUntil).toBe(new Date(NEARLY_DUE + HOUR).toISOString()));
    expect(tray.tooltip).toBe('Afterword: 1 note due');
    setNow(NEARLY_DUE + 30 * 60_000);
    watch.check();
    expect(fake.state.notifications).toHaveLength(2);
    setNow(NEARLY_DUE + HOUR + 60_000);
    watch.check();
    // Both are overdue now: Priya's was never snoozed, Dana's snooze has ended.
    expect(fake.state.notifications.slice(2).map((n) => n.options.title)).toEqual([
      'Thank-you note to Dana Whitfield is overdue',
      'Thank-you note to Priya Raman is overdue',
    ]);
    watch.stop();
  });

  it('should ask the window for a reason when “No note for this one” is chosen, without skipping anything yet', async () => {
    const { services, shown, watch } = await watched();
    const priya = await dueItem(services, 'Priya Raman');
    fake.state.notifications[1]!.listeners.get('action')!({}, 2);
    expect(shown).toEqual(['window']);
    expect(await requests(services)).toEqual([{ kind: 'dismiss-due', key: priya!.key }]);
    expect(await dueItem(services, 'Priya Raman')).toBeDefined();
    watch.stop();
  });

  it('should offer the same from the tray menu: snooze until tomorrow morning', async () => {
    const { services, tray, watch } = await watched();
    const priya = tray.menu.find((item) => item.label?.includes('Priya Raman'))!;
    expect(priya.submenu!.map((item) => item.label)).toEqual(['Write the note', 'Snooze for an hour', 'Snooze until tomorrow morning', 'No note for this one…']);
    priya.submenu![2]!.click();
    await vi.waitFor(async () => expect((await dueItem(services, 'Priya Raman'))?.snoozedUntil).not.toBeNull());
    watch.stop();
  });
});

describe('closing the window to the tray', () => {
  function fakeWindow() {
    const listeners = new Map<string, Listener>();
    const window = { hidden: 0, on: (name: string, listener: Listener) => listeners.set(name, listener), hide: () => (window.hidden += 1) };
    const close = () => {
      let prevented = false;
      listeners.get('close')!({ preventDefault: () => (prevented = true) });
      return prevented;
    };
    return { window, close };
  }

  it('should hide instead of closing when the setting is on, and say where it went the first time only', () => {
    const { window, close } = fakeWindow();
    keepWindowInTray(window as never, { closeToTray: () => true });
    expect(close()).toBe(true);
    expect(close()).toBe(true);
    expect(window.hidden).toBe(2);
    expect(fake.state.notifications.map((n) => n.options.title)).toEqual(['Afterword is still running']);
  });

  it('should close as usual when the setting is off (the default), and always when quitting', () => {
    let keep = false;
    const { window, close } = fakeWindow();
    keepWindowInTray(window as never, { closeToTray: () => keep });
    expect(close()).toBe(false);
    keep = true;
    for (const listener of fake.state.appListeners.get('before-quit') ?? []) listener();
    expect(close()).toBe(false);
    expect(window.hidden).toBe(0);
  });
});

describe('invitations opened by the system', () => {
  const dir = tempDir('afterword-open-');
  const path = join(dir, 'invite.ics');
  writeFileSync(path, googleInvitation());

  it('should find the invitation among a launch’s arguments, and nothing else', () => {
    expect(invitationPathIn(['/opt/Afterword/afterword', '--hidden', '/home/sam/Downloads/invite.ics'])).toBe('/home/sam/Downloads/invite.ics');
    expect(invitationPathIn(['afterword', 'C:\\Users\\sam\\Mail.EML'])).toBe('C:\\Users\\sam\\Mail.EML');
    expect(invitationPathIn(['afterword', '--hidden'])).toBeNull();
    expect(invitationPathIn(['afterword', 'notes.txt'])).toBeNull();
  });

  it('should read the file for the Import screen, or say why it cannot', async () => {
    expect(await invitationRequest(path)).toEqual({ kind: 'import-invitation', fileName: 'invite.ics', base64: Buffer.from(googleInvitation()).toString('base64') });
    expect(await invitationRequest(join(dir, 'gone.ics'))).toEqual({ kind: 'refused-file', fileName: 'gone.ics', message: 'The file is no longer there.' });
  });

  it('should open files from the command line, a second launch and macOS’s open-file, once the app is ready', async () => {
    const opened: string[] = [];
    let ready!: () => void;
    listenForOpenedFiles((p) => opened.push(p), new Promise<void>((resolve) => (ready = resolve)), ['afterword', '/tmp/a.ics']);
    let prevented = false;
    fake.state.appListeners.get('open-file')![0]!({ preventDefault: () => (prevented = true) }, '/tmp/b.ics');
    expect(opened).toEqual([]);
    ready();
    await vi.waitFor(() => expect(opened).toEqual(['/tmp/a.ics', '/tmp/b.ics']));
    expect(prevented).toBe(true);
    fake.state.appListeners.get('second-instance')![0]!({}, ['afterword', '/tmp/c.eml']);
    await vi.waitFor(() => expect(opened).toEqual(['/tmp/a.ics', '/tmp/b.ics', '/tmp/c.eml']));
  });

  it('should give the menu an Import Invitation… item that opens the chosen file, and nothing when cancelled', async () => {
    const opened: string[] = [];
    const item = importInvitationMenuItem((p) => opened.push(p), () => null);
    expect(item).toMatchObject({ label: 'Import Invitation…', accelerator: 'CmdOrCtrl+I' });
    fake.state.openDialogAnswer = null;
    (item.click as () => void)();
    fake.state.openDialogAnswer = path;
    (item.click as () => void)();
    await vi.waitFor(() => expect(opened).toEqual([path]));
  });
});

describe('the badge', () => {
  it('should say the count up to 9, then 9+, and draw nothing for 0', () => {
    expect([1, 9, 10, 42].map(badgeText)).toEqual(['1', '9', '9+', '9+']);
    const pixels = new Uint8Array(32 * 32 * 4);
    drawBadge(pixels, 32, 0);
    expect(pixels.every((value) => value === 0)).toBe(true);
    drawBadge(pixels, 32, 12);
    // Only the lower right is touched: the icon stays readable.
    expect(pixels.subarray(0, 10 * 32 * 4).every((value) => value === 0)).toBe(true);
  });
});
