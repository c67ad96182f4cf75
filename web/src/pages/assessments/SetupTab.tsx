import { Space } from 'antd';
import type { SchemeDetail } from '../../../../common/assessments.js';
import BodiesCard from './BodiesCard.js';
import IndicatorsCard from './IndicatorsCard.js';
import UnitsCard from './UnitsCard.js';

export default function SetupTab({ scheme, canManage }: { scheme: SchemeDetail; canManage: boolean }) {
  const editable = canManage && scheme.status === 'draft';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <BodiesCard scheme={scheme} editable={editable} />
      <IndicatorsCard scheme={scheme} editable={editable} />
      <UnitsCard scheme={scheme} editable={editable} />
    </Space>
  );
}
