import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { zh } from '../locale.js';

/** A module that is not built yet says so plainly; it never shows made-up content. */
export default function EmptyModule() {
  return (
    <Result
      status="info"
      title={zh.web.empty.moduleTitle}
      subTitle={zh.web.empty.moduleBody}
      extra={
        <Link to="/">
          <Button>{zh.web.empty.backHome}</Button>
        </Link>
      }
    />
  );
}
