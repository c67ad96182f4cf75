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

  it('turns plain lines into escaped paragraphs', () => {
    expect(sanitizeNewsBody('第一段\n\n第二段 <b')).toBe('<p>第一段</p><p>第二段 &lt;b</p>');
  });
});
