import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { getCsrfToken } from '../api.js';
import { zh } from '../locale.js';

export interface UploadedFile {
  id: number;
  originalName: string;
  size: number;
  mime: string;
}

/**
 * Attachment picker for forms: uploads each file at once to /api/files (with upload progress)
 * and hands the form the list of stored file ids. Use as a controlled Form.Item value.
 */
export default function FileUpload({
  value = [],
  onChange,
  accept,
  max = 10,
}: {
  value?: UploadedFile[];
  onChange?: (files: UploadedFile[]) => void;
  accept?: string;
  max?: number;
}) {
  const { message } = App.useApp();
  const [pending, setPending] = useState<UploadFile[]>([]);
  const done: UploadFile[] = value.map((f) => ({
    uid: String(f.id),
    name: f.originalName,
    status: 'done',
    url: `/api/files/${f.id}`,
  }));
  return (
    <Upload
      action="/api/files"
      name="file"
      accept={accept}
      headers={{ 'x-csrf-token': getCsrfToken() }}
      withCredentials
      fileList={[...done, ...pending]}
      maxCount={max}
      onChange={({ file }) => {
        if (file.status === 'uploading') setPending((p) => [...p.filter((x) => x.uid !== file.uid), file]);
        if (file.status === 'done') {
          setPending((p) => p.filter((x) => x.uid !== file.uid));
          onChange?.([...value, file.response as UploadedFile]);
        }
        if (file.status === 'error') {
          setPending((p) => p.filter((x) => x.uid !== file.uid));
          message.error(file.response?.message ?? zh.files.uploadFailed);
        }
      }}
      onRemove={(file) => {
        onChange?.(value.filter((f) => String(f.id) !== file.uid));
        return true;
      }}
    >
      <Button icon={<UploadOutlined />}>{zh.files.upload}</Button>
    </Upload>
  );
}
