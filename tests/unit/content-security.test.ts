import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/content-security.ts';

const directives = (policy: string) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values.join(' ')]));

describe('Content-Security-Policy', () => {
  const header = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no inline script, no eval, no remote origin', () => {
    expect(header.get('script-src')).toBe("'self'");
    expect(header.get('default-src')).toBe("'none'");
    expect(header.get('connect-src')).toBe("'self'");
    expect(header.get('object-src')).toBe("'none'");
    expect(header.get('frame-ancestors')).toBe("'none'");
    for (const [name, value] of header) expect(`${name} ${value}`).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it('is repeated in the page itself, identical but for frame-ancestors (which only works as a header)', () => {
    const html = readFileSync(new URL('../../src-renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = new Map(header);
    expected.delete('frame-ancestors');
    expect(directives(meta ?? '')).toEqual(expected);
  });
});
