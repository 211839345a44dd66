import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAllowedNavigation, isAllowedRequest, isTrustedSender } from '../../src-main/security/app-origin.ts';

const allowed = [APP_ORIGIN];

describe('trusted IPC senders', () => {
  it('should accept the app page in the app window', () => {
    expect(isTrustedSender({ frameUrl: 'app://afterword/index.html#/due', isMainFrame: true, isAppWindow: true }, allowed)).toBe(true);
  });
  it('should reject an iframe, even one of the app origin', () => {
    expect(isTrustedSender({ frameUrl: 'app://afterword/index.html', isMainFrame: false, isAppWindow: true }, allowed)).toBe(false);
  });
  it('should reject pages from elsewhere, file:// and look-alike hosts', () => {
    for (const frameUrl of ['https://example.com/', 'file:///etc/passwd', 'app://afterword.evil/', 'app://evil/index.html', 'not a url']) {
      expect(isTrustedSender({ frameUrl, isMainFrame: true, isAppWindow: true }, allowed)).toBe(false);
    }
  });
  it('should reject a page that is not in one of the app windows', () => {
    expect(isTrustedSender({ frameUrl: 'app://afterword/index.html', isMainFrame: true, isAppWindow: false }, allowed)).toBe(false);
  });
});

describe('navigation and requests', () => {
  it('should allow moving within the app and nothing else', () => {
    expect(isAllowedNavigation('app://afterword/index.html#/about', allowed)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', allowed)).toBe(false);
    expect(isAllowedNavigation('file:///home/user/journal.sqlite3', allowed)).toBe(false);
  });
  it('should cancel every network request', () => {
    expect(isAllowedRequest('app://afterword/assets/index.js', allowed)).toBe(true);
    expect(isAllowedRequest('data:image/svg+xml,<svg/>', allowed)).toBe(true);
    for (const url of ['https://fonts.example.com/x.woff2', 'http://127.0.0.1:8080/', 'ws://localhost:5173/', 'ftp://x/']) {
      expect(isAllowedRequest(url, allowed)).toBe(false);
    }
  });
});
