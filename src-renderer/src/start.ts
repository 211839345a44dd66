/**
 * The page's only script (index.html), kept small so it runs at once. Before anything is drawn it takes browser
 * mode's key from the address and sets the theme, so a dark theme never flashes light. Then, while the much larger
 * app script is still being read, it asks the journal what the app's first screen needs (whether it opened; the
 * note a window opens on, reviewed as soon as it arrives), starts the review worker and has it open the journal's
 * English: the one this computer last saw at once, the journal's when Settings answer (editor/journal-dictionary.ts;
 * a British journal never opens, or waits for, the US dictionary; one whose settings cannot be read leaves the
 * choice to the first note's context). Last, it loads the app, and starts it once the worker has started. Loading
 * the app from here rather than beside this script keeps the two apart: the bundler would otherwise join them, and
 * none of this would start before the whole app had been parsed.
 */
// The app's own stylesheet is linked from the page, so the first thing drawn already has the theme's colours.
import './app.css';
import { askEarly } from './editor/note-loader.ts';
import { openJournalDictionary } from './editor/journal-dictionary.ts';
import { sharedReviewClient } from './editor/shared-review-client.ts';
import { api } from './lib/api.ts';
import { askAppInfoEarly } from './lib/app-info.ts';
import { bridgeSecret } from './lib/bridge-key.ts';
import { parseRoute } from './lib/route.ts';
import { applyTheme, storedTheme } from './lib/theme.ts';

/** The longest the app waits for the review worker to start (it usually has, by the time the app's script arrives). */
const WORKER_START_WAIT_MS = 250;

// Browser mode's key leaves the address now, before the app loads and before anything can change the address.
if (!window.afterword) bridgeSecret();
applyTheme(storedTheme());
// The worker first: it fetches its script, and opens the English last seen, while the rest loads.
const review = sharedReviewClient();
askAppInfoEarly();
const route = parseRoute(location.hash);
const settings = api.settings.get();
if (route.name === 'followup') askEarly(Number(route.params[0]), settings);
void settings.then((answer) => answer.ok && openJournalDictionary(answer.value));
// Messages to a worker wait on this page's main thread until the worker's first script has run, and starting the
// app keeps that thread busy until the note is on screen: the note's review would reach the worker only then. So
// the app's code loads at once but the app starts once the worker has (by then it usually has); a worker that never
// says so does not hold the app back for long.
const app = import('./main.ts');
const workerStarted = Promise.race([review.started, new Promise((resolve) => setTimeout(resolve, WORKER_START_WAIT_MS))]);
void Promise.all([app, workerStarted]).then(([{ startApp }]) => startApp());
