import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders emphasis, lists, code and links (opening in a new tab, without the opener)', async () => {
    const html = await renderMarkdown('Keep the **thumb** steady.\n\n- one\n- two\n\n`E A D G` see [tabs](https://example.com/tabs)');
    expect(html).toContain('<strong>thumb</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<code>E A D G</code>');
    expect(html).toContain('<a href="https://example.com/tabs" target="_blank" rel="noopener noreferrer nofollow">tabs</a>');
  });

  it('removes scripts, event handlers, javascript: links, images, styles and frames, keeping the text', async () => {
    const html = await renderMarkdown(
      '<script>alert(1)</script><img src="x" onerror="alert(2)"><p onclick="alert(3)" style="color:red">Hi</p>\n\n' +
        '[click](javascript:alert(4)) ![pic](https://evil.example/x.png)\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|style=|javascript:|<img|<iframe|alert|evil/);
    expect(html).toContain('Hi');
    expect(html).toContain('<a target="_blank" rel="noopener noreferrer nofollow">click</a>');
  });

  it('turns big headings into text, so the page keeps its own heading levels', async () => {
    const html = await renderMarkdown('# Big\n\n### Small');
    expect(html).not.toContain('<h1');
    expect(html).toContain('Big');
    expect(html).toContain('<h3>Small</h3>');
  });
});
