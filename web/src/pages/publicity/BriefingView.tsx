import { Divider, Typography } from 'antd';
import type { CSSProperties } from 'react';

interface Props {
  seriesName: string;
  issue: string;
  editorUnit: string;
  issuedOn: string | null;
  editorNote: string | null;
  editorNoteLabel: string;
  title: string;
  articles: { title: string; body: string }[];
  footer?: { label: string; value: string | null }[];
  copies?: string;
}

const red = '#d40000';
const body: CSSProperties = {
  fontFamily: '"仿宋_GB2312", "FangSong", "STFangsong", serif',
  fontSize: 16,
  lineHeight: 1.9,
};

/** A briefing laid out like the printed 简报 (报头, 按语, title, text, 报尾); shared by staff and public views. */
export default function BriefingView(b: Props) {
  return (
    <article style={{ maxWidth: 720, margin: '0 auto' }}>
      <header style={{ textAlign: 'center' }}>
        <div style={{ color: red, fontSize: 34, fontWeight: 700, letterSpacing: 4, lineHeight: 1.3 }}>
          {b.seriesName}
        </div>
        <div style={{ margin: '8px 0', fontSize: 16 }}>{b.issue}</div>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            gap: 12,
            flexWrap: 'wrap',
            fontSize: 15,
          }}
        >
          <span>{b.editorUnit}</span>
          <span>{b.issuedOn ?? ''}</span>
        </div>
        <div style={{ borderBottom: `3px solid ${red}`, margin: '8px 0 16px' }} />
      </header>
      {b.editorNote && (
        <p style={{ ...body, textIndent: '2em' }}>
          <strong>{b.editorNoteLabel}</strong>
          {b.editorNote}
        </p>
      )}
      <Typography.Title level={3} style={{ textAlign: 'center' }}>
        {b.title}
      </Typography.Title>
      {b.articles.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a printed briefing's articles never reorder
        <section key={`${i}-${a.title}`}>
          {(b.articles.length > 1 || a.title !== b.title) && (
            <Typography.Title level={5} style={{ textAlign: 'center' }}>
              {a.title}
            </Typography.Title>
          )}
          {a.body
            .split(/\r?\n/)
            .filter((line) => line.trim())
            .map((line, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text never reorder
              <p key={`${j}-${line.slice(0, 8)}`} style={{ ...body, textIndent: '2em', margin: '0 0 4px' }}>
                {line.trim()}
              </p>
            ))}
        </section>
      ))}
      {b.footer && (
        <footer style={{ marginTop: 24 }}>
          <Divider style={{ margin: '8px 0', borderColor: '#000' }} />
          {b.footer
            .filter((f) => f.value)
            .map((f) => (
              <div key={f.label}>
                <strong>{f.label}</strong>
                {f.value}
              </div>
            ))}
          {b.copies && <div style={{ textAlign: 'right' }}>{b.copies}</div>}
          <Divider style={{ margin: '8px 0', borderColor: '#000' }} />
        </footer>
      )}
    </article>
  );
}
