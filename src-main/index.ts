// Electron entry point: wiring only. Everything worth testing lives in services/, journal/ and friends.
import { startDesktopApp } from './desktop/app.ts';

startDesktopApp();
