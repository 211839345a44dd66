/**
 * The video link of an invitation. Zoom, Teams, Meet and Webex put it in different places: LOCATION, the
 * description, Google's X-GOOGLE-CONFERENCE, Microsoft's X-MICROSOFT-SKYPETEAMSMEETINGURL, RFC 7986's CONFERENCE.
 * A known provider's link wins over any other address, which is often a "learn more" or dial-in help page.
 */
export interface MeetingLink {
  url: string;
  provider: string | null;
}

const PROVIDERS: { name: string; pattern: RegExp }[] = [
  { name: 'Zoom', pattern: /^https:\/\/([a-z0-9-]+\.)?zoom\.us\/(j|my|w)\//i },
  { name: 'Microsoft Teams', pattern: /^https:\/\/teams\.(microsoft|live)\.com\/(l\/meetup-join|meet)\//i },
  { name: 'Google Meet', pattern: /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/i },
  { name: 'Webex', pattern: /^https:\/\/[a-z0-9-]+\.webex\.com\/(meet|join|[a-z0-9-]+\/j\.php)/i },
  { name: 'Whereby', pattern: /^https:\/\/whereby\.com\//i },
];

const URL_PATTERN = /https:\/\/[^\s<>"'()[\]{}|\\^`]+/gi;

function trimUrl(url: string): string {
  return url.replace(/[.,;:!?>]+$/, '');
}

function providerOf(url: string): string | null {
  return PROVIDERS.find((p) => p.pattern.test(url))?.name ?? null;
}

/**
 * The first known provider's link in any of the texts, in order; else the first https link of a `where` text
 * (LOCATION, CONFERENCE). Other links in the description are usually job postings or help pages, so they never count.
 */
export function findMeetingLink(where: readonly string[], description: readonly string[]): MeetingLink | null {
  let fallback: string | null = null;
  for (const [index, text] of [...where, ...description].entries()) {
    for (const match of text.matchAll(URL_PATTERN)) {
      const url = trimUrl(match[0]);
      const provider = providerOf(url);
      if (provider) return { url, provider };
      if (index < where.length) fallback ??= url;
    }
  }
  return fallback ? { url: fallback, provider: null } : null;
}
