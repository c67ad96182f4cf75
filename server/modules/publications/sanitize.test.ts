import { describe, expect, it } from 'vitest';
import { sanitizeNewsBody } from './sanitize.js';

describe('sanitizeNewsBody', () => {
  it('removes scripts, styles, event handlers and javascript: URLs, keeps the safe tags', () => {
    const dirty =
      '<p onclick="alert(1)">学习<strong>讲话</strong></p><script>alert(2)</script><style>p{}</style>' +
      '<img src=x onerror="alert(3)"><a href="javascript:alert(4)">链接</a><a href="https://example.org/x">好链接</a>' +
      '<iframe src="https://evil"></iframe><svg onload="alert(5)"></svg>';
    const clean = sanitizeNewsBody(dirty);
    expect(clean).not.toMatch(/script|style|onerror|onclick|onload|javascript:|iframe|<img|<svg/i);
    expect(clean).toContain('<p>学习<strong>讲话</strong></p>');
    expect(clean).toContain('href="https://example.org/x"');
    expect(clean).toContain('rel="noopener noreferrer"');
  });

  it('keeps the editor toolbar output (bold, headings, lists, links) and images of the file store only', () => {
    const html =
      '<h3>小标题</h3><p><b>加粗</b>正文</p><ol><li>一</li></ol><ul><li>二</li></ul>' +
      '<p><a href="https://example.org">链接</a><img src="/api/files/12"></p>' +
      '<img src="https://evil.example/x.png"><img src="/api/files/12?x=1"><img src="data:image/png;base64,AA">' +
      '<img src="/api/files/13" onerror="alert(1)" style="x">';
    const clean = sanitizeNewsBody(html);
    expect(clean).toContain('<h3>小标题</h3><p><b>加粗</b>正文</p><ol><li>一</li></ol><ul><li>二</li></ul>');
    expect(clean).toContain('<img src="/api/files/12" />');
    expect(clean).toContain('<img src="/api/files/13" />');
    expect(clean).not.toMatch(/evil|data:|\?x=1|onerror|style/);
    expect(clean.match(/<img/g)).toHaveLength(2);
  });

  it('turns plain lines into escaped paragraphs', () => {
    expect(sanitizeNewsBody('第一段\n\n第二段 <b')).toBe('<p>第一段</p><p>第二段 &lt;b</p>');
  });
});
