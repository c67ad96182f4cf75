import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Select, Space, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Me } from '../../../../common/auth.js';
import type { Area } from '../../../../common/orgs.js';
import type { Figure } from '../../../../common/reports.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import EChart from '../../components/EChart.js';
import { useExportJob } from '../../components/ExportProgress.js';
import { zh } from '../../locale.js';
import CategoryComparison from './CategoryComparison.js';
import FigureSources from './FigureSources.js';
import ProblemsOverview from './ProblemsOverview.js';
import { type Period, PeriodPicker, usePeriod } from './period.js';
import UnitHeatmap from './UnitHeatmap.js';

/** 统计概览: every figure of the period in the caller's scope, grouped by line of work; a number opens its records. */
export default function DashboardPage() {
  const { data: me } = useMe();
  const [period, setPeriod] = usePeriod();
  const [areaId, setAreaId] = useState<number | undefined>();
  const [openKey, setOpenKey] = useState<string | null>(null);
  const t = zh.reports.web;
  const figures = useQuery({
    queryKey: ['figures', period, areaId],
    // Values only: a card's records are fetched when it is opened (FigureSources).
    queryFn: () =>
      api.get<{ figures: Figure[] }>('/api/reports/figures', { ...period, areaId, withSources: false }),
  });
  const committee = !!me && (me.roles.includes('committee_staff') || me.roles.includes('committee_leader'));
  const areas = useQuery({
    queryKey: ['areas'],
    queryFn: () => api.get<Area[]>('/api/orgs/areas'),
    enabled: committee && canDo(me, 'orgs.read'),
  });
  const groups = useMemo(() => {
    const out = new Map<string, Figure[]>();
    for (const f of figures.data?.figures ?? []) out.set(f.group, [...(out.get(f.group) ?? []), f]);
    return [...out.entries()];
  }, [figures.data]);
  const allZero = (figures.data?.figures ?? []).every((f) => f.value === 0);
  const exporter = useExportJob();

  return (
    <div>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {zh.reports.menu.dashboard}
        </Typography.Title>
        <Space wrap>
          <PeriodPicker value={period} onChange={setPeriod} />
          {committee && (
            <Select
              allowClear
              placeholder={t.allScope}
              style={{ width: 140 }}
              value={areaId}
              onChange={setAreaId}
              options={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
              aria-label={t.area}
            />
          )}
          {canDo(me, 'exports.use') && (
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.starting}
              onClick={() => exporter.start('reports.dashboard', { ...period, areaId })}
            >
              {t.exportExcel}
            </Button>
          )}
        </Space>
      </Space>
      {exporter.dialog}
      {figures.error && <Alert type="error" title={(figures.error as Error).message} />}
      {!figures.isLoading && allZero && (
        <Alert type="info" showIcon title={t.noData} style={{ marginBottom: 16 }} />
      )}
      <Typography.Paragraph type="secondary">{t.clickForSources}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {groups.map(([group, list]) => (
          <Col xs={24} md={12} xl={8} key={group}>
            <Card title={zh.reports.figureGroups[group] ?? group} size="small" loading={figures.isLoading}>
              <Row gutter={[8, 8]}>
                {list.map((f) => (
                  <Col span={12} key={f.key}>
                    <button
                      type="button"
                      onClick={() => setOpenKey(f.key)}
                      style={{ all: 'unset', cursor: 'pointer', display: 'block', width: '100%' }}
                      data-testid={`figure-${f.key}`}
                    >
                      <Statistic
                        title={f.label}
                        value={f.value}
                        suffix={f.measure}
                        styles={{ content: { color: '#c41d1d' } }}
                      />
                    </button>
                  </Col>
                ))}
              </Row>
            </Card>
          </Col>
        ))}
      </Row>
      {committee && areas.data && areas.data.length > 0 && !areaId && (
        <AreaComparison me={me} period={period} areas={areas.data} figures={figures.data?.figures ?? []} />
      )}
      <UnitHeatmap period={period} areaId={areaId} />
      {canDo(me, 'workStyle.read') && <ProblemsOverview period={period} />}
      {canDo(me, 'assessments.results') && <CategoryComparison period={period} areaId={areaId} />}
      <FigureSources
        figureKey={openKey}
        period={period}
        scope={{ areaId }}
        onClose={() => setOpenKey(null)}
      />
    </div>
  );
}

/** 片区对比: one figure counted per area, as a bar chart; a bar opens that area's records. */
function AreaComparison({
  period,
  areas,
  figures,
}: {
  me?: Me | null;
  period: Period;
  areas: Area[];
  figures: Figure[];
}) {
  const t = zh.reports.web;
  const [key, setKey] = useState<string | undefined>(figures[0]?.key);
  const [open, setOpen] = useState<{ key: string; areaId: number } | null>(null);
  const chosen = key ?? figures[0]?.key;
  const values = useQuery({
    queryKey: ['area-compare', chosen, period, areas.map((a) => a.id)],
    queryFn: async () => {
      const out: number[] = [];
      for (const a of areas)
        out.push(
          (await api.get<Figure>(`/api/reports/figures/${chosen}`, { ...period, areaId: a.id })).value,
        );
      return out;
    },
    enabled: !!chosen,
  });
  if (!chosen) return null;
  return (
    <Card
      title={t.areaCompare}
      style={{ marginTop: 16 }}
      extra={
        <Select
          value={chosen}
          onChange={setKey}
          style={{ width: 200 }}
          aria-label={t.areaCompareFigure}
          options={figures.map((f) => ({ value: f.key, label: f.label }))}
        />
      }
    >
      {values.data ? (
        <EChart
          testId="area-chart"
          option={{
            grid: { left: 40, right: 16, top: 24, bottom: 40 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: areas.map((a) => a.name) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', data: values.data, itemStyle: { color: '#c41d1d' }, barMaxWidth: 48 }],
          }}
          onClick={(p) => setOpen({ key: chosen, areaId: areas[p.dataIndex].id })}
        />
      ) : (
        <Empty />
      )}
      <FigureSources
        figureKey={open?.key ?? null}
        period={period}
        scope={{ areaId: open?.areaId }}
        onClose={() => setOpen(null)}
      />
    </Card>
  );
}
