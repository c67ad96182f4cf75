import type { CSSProperties } from 'react';

/**
 * Renders a news body. The server keeps only a small safe set of tags (sanitize-html: no script,
 * style, event handlers or javascript: URLs), so the HTML is inserted as stored.
 */
export default function SafeHtml({ html, style }: { html: string; style?: CSSProperties }) {
  return (
    <div
      className="news-body"
      style={style}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side (server/modules/publications/sanitize.ts)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
