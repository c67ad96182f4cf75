import { Tooltip, Typography } from 'antd';
import { Fragment } from 'react';
import { chineseDate } from '../../../../common/locale/zh-CN/reports.js';
import { type Figure, formatFigure, type SummaryBlock } from '../../../../common/reports.js';
import { zh } from '../../locale.js';

const TOKEN = /\{\{([a-zA-Z0-9_.]+)\}\}/g;

/** Renders the draft as the printed document reads, with every number clickable to its records. */
export default function SummaryPreview({
  title,
  blocks,
  figures,
  signature,
  signDate,
  onOpen,
}: {
  title: string;
  blocks: SummaryBlock[];
  figures: Figure[];
  signature: string;
  signDate: string;
  onOpen: (key: string) => void;
}) {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const render = (text: string) => {
    const parts: React.ReactNode[] = [];
    let last = 0;
    for (const m of text.matchAll(TOKEN)) {
      parts.push(text.slice(last, m.index));
      const f = byKey.get(m[1]);
      parts.push(
        f ? (
          <Tooltip key={`${m.index}`} title={`${f.label}（${zh.reports.sources}）`}>
            <button
              type="button"
              onClick={() => onOpen(f.key)}
              data-testid={`token-${f.key}`}
              style={{
                all: 'unset',
                textIndent: 0,
                cursor: 'pointer',
                color: '#c41d1d',
                fontWeight: 600,
                textDecoration: 'underline dotted',
              }}
            >
              {formatFigure(f.value)}
            </button>
          </Tooltip>
        ) : (
          <Typography.Text key={`${m.index}`} type="danger">
            {m[0]}
          </Typography.Text>
        ),
      );
      last = (m.index ?? 0) + m[0].length;
    }
    parts.push(text.slice(last));
    return parts;
  };
  const style = { fontFamily: '"FangSong", "仿宋", "仿宋_GB2312", serif', fontSize: 16, lineHeight: 1.9 };
  return (
    <article style={{ maxWidth: 760, margin: '0 auto', ...style }} data-testid="summary-preview">
      <h2
        style={{
          textAlign: 'center',
          fontFamily: '"方正小标宋简体", "SimSun", serif',
          fontWeight: 600,
          fontSize: 22,
        }}
      >
        {title}
      </h2>
      {blocks.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a read-only rendering of the blocks in document order
        <Fragment key={i}>
          {b.kind === 'p' ? (
            <p style={{ textIndent: '2em', margin: '4px 0' }}>{render(b.text)}</p>
          ) : (
            <p
              style={{
                textIndent: '2em',
                margin: '4px 0',
                fontFamily:
                  b.kind === 'h1'
                    ? '"SimHei", "黑体", sans-serif'
                    : b.kind === 'h2'
                      ? '"KaiTi", "楷体", serif'
                      : undefined,
                fontWeight: b.kind === 'h3' ? 700 : undefined,
              }}
            >
              {render(b.text)}
            </p>
          )}
        </Fragment>
      ))}
      <p style={{ textAlign: 'right', marginTop: 32, paddingRight: '2em' }}>{signature}</p>
      <p style={{ textAlign: 'right', paddingRight: '4em' }}>{chineseDate(signDate)}</p>
    </article>
  );
}
