import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EntryMarkdown } from '../../../../renderer/markdown/EntryMarkdown';

const render = (text: string) => renderToStaticMarkup(<EntryMarkdown text={text} />);

describe('an entry rendered from Markdown', () => {
  it('shows HTML as the characters typed, never as elements', () => {
    const html = render('<img src=x onerror="window.__pwned=1">\n<script>window.__pwned=1</script>');
    expect(html).toBe(
      '<p dir="auto">&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;<br/>\n&lt;script&gt;window.__pwned=1&lt;/script&gt;</p>',
    );
  });

  it('shows inline HTML as text inside the paragraph', () => {
    expect(render('one <a href="javascript:alert(1)" onclick="alert(1)">two</a> <iframe src="https://example.com"></iframe>')).toBe(
      '<p dir="auto">one &lt;a href=&quot;javascript:alert(1)&quot; onclick=&quot;alert(1)&quot;&gt;two&lt;/a&gt; &lt;iframe src=&quot;https://example.com&quot;&gt;&lt;/iframe&gt;</p>',
    );
  });

  it.each([
    '[click me](javascript:alert(1))',
    '[click me](JAVASCRIPT:alert(1))',
    '[click me](jav&#x61;script:alert(1))',
    '[click me](<javascript:alert(1)>)',
    '[click me][ref]\n\n[ref]: javascript:alert(1)',
    '[click me](data:text/html,hi)',
    '[click me](vbscript:msgbox)',
    '[click me](file:///etc/passwd)',
    '[click me](/journal)',
    '[click me](#top)',
    '[click me](app://presence/index.html)',
    '[click me](http://example.com)',
  ])('keeps %j as plain words', (markdown) => {
    expect(render(markdown)).toBe('<p dir="auto">click me</p>');
  });

  it('makes no link of an autolink to a script', () => {
    expect(render('<javascript:alert(1)>')).toBe('<p dir="auto">javascript:alert(1)</p>');
  });

  it('links https, opening outside the app, and leaves mailto as words', () => {
    expect(render('[a walk](https://example.com/walk "Walk")')).toBe(
      '<p dir="auto"><a href="https://example.com/walk" title="Walk" target="_blank" rel="noreferrer noopener">a walk</a></p>',
    );
    expect(render('<mailto:friend@example.com>')).not.toContain('<a');
    expect(render('<mailto:friend@example.com>')).toContain('friend@example.com');
  });

  it('names an image instead of loading it', () => {
    expect(render('![the sea](https://example.com/sea.png) and ![](x.png)')).toBe(
      '<p dir="auto"><span class="markdown-image">[image: the sea]</span> and <span class="markdown-image">[image]</span></p>',
    );
    expect(render('[![the sea](https://example.com/sea.png)](javascript:alert(1))')).not.toMatch(/<a |<img|example\.com/);
  });

  it('puts headings below the entry title', () => {
    expect(render('# One\n\n## Two\n\n### Three\n\n###### Six')).toBe(
      '<h4 dir="auto">One</h4>\n<h5 dir="auto">Two</h5>\n<h6 dir="auto">Three</h6>\n<h6 dir="auto">Six</h6>',
    );
  });

  it('keeps the line breaks the person typed, and paragraphs at blank lines', () => {
    expect(render('one\ntwo\n\nthree')).toBe('<p dir="auto">one<br/>\ntwo</p>\n<p dir="auto">three</p>');
  });

  it('renders the everyday Markdown', () => {
    expect(render('**bold** and *italic*')).toBe('<p dir="auto"><strong>bold</strong> and <em>italic</em></p>');
    expect(render('- one\n- two')).toBe('<ul>\n<li dir="auto">one</li>\n<li dir="auto">two</li>\n</ul>');
    expect(render('> quiet')).toBe('<blockquote>\n<p dir="auto">quiet</p>\n</blockquote>');
    expect(render('```\nlet x = 1;\n```')).toBe('<pre dir="ltr"><code>let x = 1;\n</code></pre>');
  });

  it('gives right-to-left paragraphs their own direction', () => {
    expect(render('שלום עולם\n\nمرحبا')).toBe('<p dir="auto">שלום עולם</p>\n<p dir="auto">مرحبا</p>');
  });
});
