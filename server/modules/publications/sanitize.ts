import sanitizeHtml from 'sanitize-html';

/**
 * The small safe set of tags a news body may keep. Scripts, styles, event handlers (on*),
 * iframes and javascript:/data: URLs are removed; links open in a new tab without an opener.
 */
/** An image the editor inserted: a file of the platform's store. */
export const FILE_IMAGE = /^\/api\/files\/\d+$/;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'img',
  ],
  // target/rel are set by the transform below, so <a> must be allowed to keep them.
  allowedAttributes: { a: ['href', 'title', 'target', 'rel'], img: ['src', 'alt'] },
  // Images only from the platform's own file store (uploaded through /api/files), never elsewhere.
  exclusiveFilter: (frame) => frame.tag === 'img' && !FILE_IMAGE.test(frame.attribs.src ?? ''),
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer' }),
  },
};

/** Plain text typed without tags becomes one paragraph per line; HTML is cleaned. */
export function sanitizeNewsBody(input: string): string {
  const html = /<[a-z][\s\S]*>/i.test(input)
    ? input
    : input
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => `<p>${escapeText(l)}</p>`)
        .join('');
  return sanitizeHtml(html, OPTIONS).trim();
}

function escapeText(s: string) {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
