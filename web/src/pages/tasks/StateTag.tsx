import { Space, Tag } from 'antd';
import type { Slot } from '../../../../common/tasks.js';
import { d, ui } from '../documents/shared.js';

const COLORS: Record<string, string> = {
  done: 'green',
  late: 'gold',
  review: 'blue',
  returned: 'orange',
  missing: 'red',
  open: 'default',
};

/** The slot's matrix state, plus its extension and reminder marks. */
export function StateTag({ slot }: { slot: Pick<Slot, 'state' | 'extensionStatus' | 'reminderCount'> }) {
  return (
    <Space size={4} wrap>
      <Tag color={COLORS[slot.state]}>{d.cellStates[slot.state]}</Tag>
      {slot.extensionStatus !== 'none' && <Tag>{d.extensionStatuses[slot.extensionStatus]}</Tag>}
      {slot.reminderCount > 0 && <Tag color="volcano">{ui.reminded(slot.reminderCount)}</Tag>}
    </Space>
  );
}
