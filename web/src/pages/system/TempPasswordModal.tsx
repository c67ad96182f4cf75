import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { t } from './shared.js';

/** Shows a generated temporary password once, with a copy button; it cannot be shown again. */
export default function TempPasswordModal({
  value,
  onClose,
}: {
  value: { username: string; temporaryPassword: string } | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value?.temporaryPassword ?? '');
      message.success(t.actions.copied);
    } catch {
      message.error(t.actions.copyFailed);
    }
  };
  return (
    <Modal
      open={value !== null}
      title={t.tempPassword.title}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t.tempPassword.close}
        </Button>
      }
    >
      {value && (
        <Flex vertical gap={12}>
          <Alert type="warning" showIcon title={t.tempPassword.body(value.username)} />
          <Flex align="center" gap={8} wrap>
            <Typography.Text
              code
              copyable={false}
              data-testid="temporary-password"
              style={{ fontSize: 20, userSelect: 'all' }}
            >
              {value.temporaryPassword}
            </Typography.Text>
            <Button icon={<CopyOutlined />} onClick={copy}>
              {t.actions.copy}
            </Button>
          </Flex>
          <Typography.Text type="secondary">{t.newAccountHint}</Typography.Text>
        </Flex>
      )}
    </Modal>
  );
}
