import { useQuery } from '@tanstack/react-query';
import { Drawer, List, Typography } from 'antd';
import type { Figure } from '../../../../common/reports.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';
import type { Period } from './period.js';

/**
 * The records behind one number: the figure is counted again for the same period and scope, and
 * its sources listed — what the drill-down shows always equals the figure.
 */
export default function FigureSources({
  figureKey,
  period,
  scope,
  onClose,
}: {
  figureKey: string | null;
  period: Period;
  scope?: { areaId?: number; unitId?: number };
  onClose: () => void;
}) {
  const { data, isLoading } = useQuery({
    queryKey: ['figure', figureKey, period, scope],
    queryFn: () => api.get<Figure>(`/api/reports/figures/${figureKey}`, { ...period, ...scope }),
    enabled: !!figureKey,
  });
  const t = zh.reports.web;
  return (
    <Drawer
      open={!!figureKey}
      onClose={onClose}
      size={480}
      title={data ? t.sourcesTitle(data.label, `${data.value}${data.measure}`) : zh.reports.sources}
    >
      {data && (
        <Typography.Paragraph type="secondary">{t.sourceCount(data.sources.length)}</Typography.Paragraph>
      )}
      <List
        loading={isLoading}
        dataSource={data?.sources ?? []}
        data-testid="figure-sources"
        renderItem={(s, i) => (
          <List.Item>
            <Typography.Text>
              {i + 1}. {s.label}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
