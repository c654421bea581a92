// Types only: the libraries themselves are imported on first use, below.
import type { Marked } from 'marked';

/**
 * What a teacher's Markdown may become: text structure and links. No images (the CSP would block
 * other origins' anyway), no headings above h3 (the page has its own), no raw HTML's scripts,
 * styles, forms or frames: DOMPurify removes everything not listed, keeping the text inside.
 */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote', 'h3', 'h4', 'h5', 'h6', 'hr'];
const ALLOWED_ATTR = ['href', 'title'];

type Purifier = (typeof import('dompurify'))['default'];

/** Whose Markdown it is: a teacher's lesson text, or what users post (discussions, reviews). */
export interface MarkdownOptions {
  /** Users' posts: links are marked `nofollow ugc` for search engines, as well as opener-free. */
  readonly userContent?: boolean;
}

const TEACHER_LINK_REL = 'noopener noreferrer nofollow';
const USER_LINK_REL = 'nofollow ugc noopener';
/** The rel the hook writes during the current (synchronous) sanitize call. */
let linkRel = TEACHER_LINK_REL;
let purifier: Promise<Purifier> | undefined;
let parser: Promise<Marked> | undefined;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * marked, loaded on first use, with raw HTML in the Markdown shown as text rather than passed on:
 * a teacher's `<img onerror=…>` never reaches a parser, where Chromium would report it as a CSP
 * violation even in DOMPurify's inert document. DOMPurify still cleans what marked writes.
 */
function loadParser(): Promise<Marked> {
  parser ??= import('marked').then(
    ({ Marked }) =>
      new Marked({ gfm: true, breaks: true, async: true, renderer: { html: ({ text }) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) } }),
  );
  return parser;
}

/** DOMPurify, loaded on first use, with links made to open safely in a new tab. */
function loadPurifier(): Promise<Purifier> {
  purifier ??= import('dompurify').then(({ default: purify }) => {
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', linkRel);
      }
    });
    return purify;
  });
  return purifier;
}

/**
 * Markdown (GitHub-flavoured, line breaks kept) to sanitized HTML. marked and DOMPurify are
 * imported here, on first use, so only pages that show Markdown download them.
 */
export async function renderMarkdown(markdown: string, options: MarkdownOptions = {}): Promise<string> {
  const [markdownParser, purify] = await Promise.all([loadParser(), loadPurifier()]);
  const html = await markdownParser.parse(markdown, { async: true });
  // target is added by the hook after the allow-list, so it needs no place in ALLOWED_ATTR.
  // sanitize() runs synchronously, so the hook sees this call's rel and no other's.
  linkRel = options.userContent ? USER_LINK_REL : TEACHER_LINK_REL;
  try {
    return purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR });
  } finally {
    linkRel = TEACHER_LINK_REL;
  }
}
