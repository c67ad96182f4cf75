import { Alert, Card, Descriptions, Typography } from 'antd';
import { SessionsList } from './SessionsPage.js';
import { usePlan, usePlans, w } from './shared.js';

/** 我单位巡听: the notice the unit received and its own sessions (study plan, feedback). */
export default function MyUnitPage() {
  const plans = usePlans();
  const latest = plans.data?.[0];
  const plan = usePlan(latest?.id);
  return (
    <div>
      <Typography.Title level={4}>{w.menu.myUnit}</Typography.Title>
      {plan.data ? (
        <Card size="small" style={{ marginBottom: 16 }} title={w.notice}>
          <Typography.Text strong>{plan.data.title}</Typography.Text>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 8 }}>
            <Descriptions.Item label={w.docNoLabel}>{plan.data.docNo}</Descriptions.Item>
            <Descriptions.Item label={w.issuedOnLabel}>{plan.data.issuedOn}</Descriptions.Item>
          </Descriptions>
          <Alert type="info" showIcon title={w.leadRule} />
        </Card>
      ) : (
        !plans.isLoading && <Alert type="info" showIcon title={w.noPlanUnit} style={{ marginBottom: 16 }} />
      )}
      <SessionsList mode="unit" />
    </div>
  );
}
