/** The app's one note loader (core/note-loader.ts), over the app's API. */
import { api } from '../lib/api.ts';
import { noteLoader } from './core/note-loader.ts';

export const { askEarly, loadFollowUp, loadNote } = noteLoader(api);
