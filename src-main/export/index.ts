/** Sending a note your way: mail drafts, a text message's length, a phone call's plan. */
export { buildEml, canonicalBody, type EmlDraft } from './eml.ts';
export { EmlInputError, parseMailbox, type Mailbox } from './address.ts';
export { emlFileName, noteFileName, uniqueFileNames, type EmlFileNameParts } from './file-name.ts';
// Shared with the editor, which shows the signature under the text as it will be sent.
export { withSignature } from '../../src-shared/drafts/signature.ts';
export { callSheet, type CallSheetInput } from './call-sheet.ts';
export { interviewThankYouFiles, type ExportFile, type InterviewThankYouInput, type ThankYouNote } from './thank-you-files.ts';
// The review engine already counts segments for its length rule; one implementation serves both.
export { smsSegments, type SmsEncoding } from '../../src-shared/review/text/sms.ts';
