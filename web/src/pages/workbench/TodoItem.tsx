import { RightOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One line of the workbench's to-do list: what, how many, where to act. Every module's to-dos use it. */
export default function TodoItem({
  to,
  text,
  count,
  tone = 'default',
}: {
  to: string;
  text: ReactNode;
  count?: number;
  tone?: 'default' | 'warning' | 'danger';
}) {
  const color = tone === 'danger' ? 'red' : tone === 'warning' ? 'orange' : 'blue';
  return (
    <Link
      to={to}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        padding: '10px 4px',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      {count !== undefined && <Tag color={color}>{count}</Tag>}
      <Typography.Text style={{ flex: 1 }}>{text}</Typography.Text>
      <RightOutlined style={{ color: '#bfbfbf' }} />
    </Link>
  );
}
