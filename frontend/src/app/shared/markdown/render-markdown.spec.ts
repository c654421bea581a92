import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders emphasis, lists, code and links (opening in a new tab, without the opener)', async () => {
    const html = await renderMarkdown('Keep the **thumb** steady.\n\n- one\n- two\n\n`E A D G` see [tabs](https://example.com/tabs)');
    expect(html).toContain('<strong>thumb</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<code>E A D G</code>');
    expect(html).toContain('<a href="https://example.com/tabs" target="_blank" rel="noopener noreferrer nofollow">tabs</a>');
  });

  it('shows raw HTML as text and drops javascript: links and images: nothing can run or load', async () => {
    const html = await renderMarkdown(
      '<script>alert(1)</script><img src="x" onerror="alert(2)"><p onclick="alert(3)" style="color:red">Hi</p>\n\n' +
        '[click](javascript:alert(4)) ![pic](https://evil.example/x.png)\n\n<iframe src="https://evil.example"></iframe>',
    );
    const rendered = document.createElement('div');
    rendered.innerHTML = html;
    expect(rendered.querySelectorAll('script, img, iframe, [onclick], [onerror], [style], [src]')).toHaveLength(0);
    expect(rendered.textContent).toContain('<img src="x" onerror="alert(2)">'); // shown, not parsed
    expect(rendered.querySelector('a')?.outerHTML).toBe('<a target="_blank" rel="noopener noreferrer nofollow">click</a>');
  });

  it('turns big headings into text, so the page keeps its own heading levels', async () => {
    const html = await renderMarkdown('# Big\n\n### Small');
    expect(html).not.toContain('<h1');
    expect(html).toContain('Big');
    expect(html).toContain('<h3>Small</h3>');
  });

  it("marks links in users' posts nofollow ugc noopener, and leaves a teacher's links as they were", async () => {
    const post = await renderMarkdown('See [this](https://example.com/a) and [x](javascript:alert(1)) <img src=x onerror=alert(1)>', { userContent: true });
    const rendered = document.createElement('div');
    rendered.innerHTML = post;
    const links = [...rendered.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('rel'))).toEqual(['nofollow ugc noopener', 'nofollow ugc noopener']);
    expect(links[1]!.hasAttribute('href')).toBe(false);
    expect(rendered.querySelectorAll('img, [onerror]')).toHaveLength(0);
    expect(await renderMarkdown('[t](https://example.com/t)')).toContain('rel="noopener noreferrer nofollow"');
  });
});
