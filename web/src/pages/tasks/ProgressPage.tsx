import { useQuery } from '@tanstack/react-query';
import { Card, Select } from 'antd';
import { useSearchParams } from 'react-router';
import type { Matrix } from '../../../../common/tasks.js';
import { api } from '../../api.js';
import { d, ui } from '../documents/shared.js';
import HeatMatrix, { taskStyles } from './HeatMatrix.js';

const thisYear = new Date().getFullYear();

/** 落实进度: every dispatched task of a year × every unit in reach. */
export default function ProgressPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear;
  const setYear = (y: number) => setParams({ year: String(y) }, { replace: true });
  const { data, isLoading } = useQuery({
    queryKey: ['/api/tasks/matrix', year],
    queryFn: () => api.get<Matrix>('/api/tasks/matrix', { year }),
  });
  return (
    <Card
      title={ui.progress}
      loading={isLoading}
      extra={
        <Select
          aria-label={ui.year}
          value={year}
          onChange={setYear}
          options={Array.from({ length: thisYear - 2008 }, (_x, i) => ({
            value: 2009 + i,
            label: `${2009 + i}年`,
          }))}
          style={{ width: 110 }}
        />
      }
    >
      {data && (
        <HeatMatrix
          matrix={data}
          styles={taskStyles(d.cellStates)}
          linkOf={(id) => `/tasks/slots/${id}`}
          hint={ui.overallHint}
        />
      )}
    </Card>
  );
}
