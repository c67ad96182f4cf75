import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { zh } from '../../locale.js';

export interface Period {
  from: string;
  to: string;
}

const HALVES: Record<string, [string, string]> = {
  h1: ['01-01', '06-30'],
  h2: ['07-01', '12-31'],
  year: ['01-01', '12-31'],
};

/** The current half-year, in Asia/Shanghai dates. */
export function currentHalf(): Period {
  const today = dayjs();
  const y = today.year();
  return today.month() < 6
    ? { from: `${y}-01-01`, to: `${y}-06-30` }
    : { from: `${y}-07-01`, to: `${y}-12-31` };
}

/** The period held in the URL (?from&to), defaulting to the current half-year. */
export function usePeriod(): [Period, (p: Period) => void] {
  const [params, setParams] = useSearchParams();
  const fallback = currentHalf();
  const period = { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to };
  const set = (p: Period) => {
    const next = new URLSearchParams(params);
    next.set('from', p.from);
    next.set('to', p.to);
    setParams(next, { replace: true });
  };
  return [period, set];
}

function halfOf(p: Period): string {
  const y = p.from.slice(0, 4);
  for (const [key, [a, b]] of Object.entries(HALVES))
    if (p.from === `${y}-${a}` && p.to === `${y}-${b}`) return key;
  return 'custom';
}

/** 年度 + 上半年/下半年/全年, or any dates: the periods summaries are written for. */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const t = zh.reports.web;
  const year = Number(value.from.slice(0, 4));
  const half = halfOf(value);
  const thisYear = dayjs().year();
  const years = Array.from({ length: 25 }, (_, i) => thisYear - i);
  return (
    <Space wrap>
      <Select
        aria-label={t.year}
        showSearch
        value={year}
        style={{ width: 110 }}
        options={years.map((y) => ({ value: y, label: `${y}年` }))}
        onChange={(y: number) => {
          const [a, b] = HALVES[half === 'custom' ? 'h1' : half];
          onChange({ from: `${y}-${a}`, to: `${y}-${b}` });
        }}
      />
      <Select
        aria-label={t.halfLabel}
        value={half}
        style={{ width: 110 }}
        options={Object.entries(t.half).map(([k, label]) => ({ value: k, label }))}
        onChange={(h: string) => {
          if (h === 'custom') return;
          const [a, b] = HALVES[h];
          onChange({ from: `${year}-${a}`, to: `${year}-${b}` });
        }}
      />
      {half === 'custom' && (
        <DatePicker.RangePicker
          value={[dayjs(value.from), dayjs(value.to)]}
          allowClear={false}
          onChange={(range) => {
            if (range?.[0] && range[1])
              onChange({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
          }}
        />
      )}
    </Space>
  );
}
