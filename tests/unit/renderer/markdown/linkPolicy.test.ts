import { describe, expect, it } from 'vitest';
import { entryUrlTransform, safeLinkHref } from '../../../../renderer/markdown/linkPolicy';

describe('which links in an entry stay links', () => {
  it('keeps https links only: the one scheme the app will open', () => {
    expect(safeLinkHref('https://example.com/a?b=c#d')).toBe('https://example.com/a?b=c#d');
    expect(safeLinkHref('HTTPS://Example.com')).toBe('https://example.com/');
    expect(safeLinkHref('mailto:friend@example.com')).toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'jav&#x61;script:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'app://presence/index.html',
    'http://example.com',
    'ftp://example.com',
    '/journal',
    '#/settings',
    'entry.html',
    '//example.com/x',
    '',
    'https://bank.example@elsewhere.example/',
    'https://user:secret@example.com/',
  ])('shows %j as plain text', (url) => {
    expect(safeLinkHref(url)).toBeNull();
  });

  it('lets no other URL attribute through, so an image source never loads', () => {
    expect(entryUrlTransform('https://example.com/x.png', 'src')).toBeNull();
    expect(entryUrlTransform('https://example.com/', 'cite')).toBeNull();
    expect(entryUrlTransform('https://example.com/', 'href')).toBe('https://example.com/');
    expect(entryUrlTransform('javascript:alert(1)', 'href')).toBeNull();
  });
});
