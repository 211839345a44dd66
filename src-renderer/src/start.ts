/**
 * The page's only script (index.html), kept small so it runs at once. Before anything is drawn it takes browser
 * mode's key from the address and sets the theme, so a dark theme never flashes light. Then, while the much larger
 * app script is still being read, it asks the journal what the app's first screen needs (whether it opened; the
 * note a window opens on, reviewed as soon as it arrives), starts the review worker and has it open the journal's
 * English: the one this computer last saw at once, the journal's when Settings answer (editor/journal-dictionary.ts;
 * a British journal never opens, or waits for, the US dictionary; one whose settings cannot be read leaves the
 * choice to the first note's context). Last, it loads the app. Loading the app from here rather than beside
 * this script keeps the two apart: the bundler would otherwise join them, and none of this would start before the
 * whole app had been parsed.
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

// Browser mode's key leaves the address now, before the app loads and before anything can change the address.
if (!window.afterword) bridgeSecret();
applyTheme(storedTheme());
// The worker first: it fetches its script, and opens the English last seen, while the rest loads.
sharedReviewClient();
askAppInfoEarly();
const route = parseRoute(location.hash);
const settings = api.settings.get();
if (route.name === 'followup') askEarly(Number(route.params[0]), settings);
void settings.then((answer) => answer.ok && openJournalDictionary(answer.value));
void import('./main.ts');
