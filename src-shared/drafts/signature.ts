/** Appending the user's signature below the conventional "-- " line that mail clients recognise. */

const SEPARATOR = '-- ';

function lines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

// Editors often strip the trailing space of "-- ", so a signature the user pasted with either form is recognised.
function withoutSeparator(signature: string): string {
  return signature.replace(/^--[ \t]?\n/, '');
}

/**
 * Returns the body with the signature after a "-- " line, unless the body already ends with that signature
 * (with or without the separator) or there is no signature to add.
 */
export function withSignature(body: string, signature: string): string {
  const signatureText = withoutSeparator(lines(signature).replace(/^\n+/, '')).trimEnd();
  const text = lines(body).trimEnd();
  if (!signatureText.trim()) return lines(body);
  // Only whole lines count: a body ending "…Mary-Jane" is not signed "Jane".
  if (text === signatureText || text.endsWith(`\n${signatureText}`)) return lines(body);
  return `${text ? `${text}\n\n` : ''}${SEPARATOR}\n${signatureText}\n`;
}
