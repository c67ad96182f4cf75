import { Spin } from 'antd';
import { shellZh as zh } from '../shell-locale.js';

export default function PageLoading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin tip={zh.web.common.loading}>
        <div style={{ height: 40 }} />
      </Spin>
    </div>
  );
}
