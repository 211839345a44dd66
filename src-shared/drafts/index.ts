/** First drafts built from the journal, marked where only the writer knows what to say. */
export { buildFirstDraft, placeholder, withoutPlaceholders, type DraftInput, type FirstDraft } from './first-draft.ts';
