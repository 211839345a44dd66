/** First drafts built from the journal, marked where only the writer knows what to say, and signed as they go out. */
export { buildFirstDraft, placeholder, withoutPlaceholders, type DraftInput, type FirstDraft } from './first-draft.ts';
export { withSignature } from './signature.ts';
