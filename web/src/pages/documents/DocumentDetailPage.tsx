import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { chineseDate, type DocumentDetail, numberHeadings } from '../../../../common/documents.js';
import { api, download } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import DocumentTasksCard from './DocumentTasksCard.js';
import ReceiptsCard from './ReceiptsCard.js';
import { d, fl, ui, useIsPhone } from './shared.js';

const PAPER: React.CSSProperties = {
  background: '#fff',
  maxWidth: 760,
  margin: '0 auto',
  padding: '24px 28px',
  fontFamily: '"FangSong", "仿宋_GB2312", "仿宋", serif',
  fontSize: 16,
  lineHeight: 1.9,
  border: '1px solid #f0f0f0',
};

/** One document: a paper-like view, its actions (edit, 编号印发, Word), receipts and the tasks it carries. */
export default function DocumentDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const isPhone = useIsPhone();
  const { data: doc } = useQuery({
    queryKey: ['/api/documents', id],
    queryFn: () => api.get<DocumentDetail>(`/api/documents/${id}`),
  });
  const isUnit = Boolean(me?.roles.includes('unit_admin'));
  const read = useMutation({ mutationFn: () => api.post(`/api/documents/${id}/read`) });
  // Recording the first opening is a state change, so it is a POST once the document has loaded.
  useEffect(() => {
    if (doc && isUnit && doc.status === 'issued' && !doc.readAt) read.mutate();
  }, [doc, isUnit, read.mutate]);
  const refresh = () => client.invalidateQueries({ queryKey: ['/api/documents'] });
  const issue = useMutation({
    mutationFn: () =>
      api.post<{ docNumber: string }>(`/api/documents/${id}/issue`, { version: doc?.version }),
    onSuccess: (r) => {
      message.success(ui.issuedOk(r.docNumber));
      refresh();
      client.invalidateQueries({ queryKey: ['/api/tasks'] });
    },
    onError: (e) => message.error(e.message),
  });
  const remove = useMutation({
    mutationFn: () => api.del(`/api/documents/${id}`),
    onSuccess: () => {
      message.success(ui.deleted);
      refresh();
      navigate('/documents');
    },
    onError: (e) => message.error(e.message),
  });
  if (!doc) return <Card loading />;
  const draft = doc.status === 'draft';
  const actions = (
    <Space wrap>
      {draft && canDo(me, 'documents.manage') && (
        <Button onClick={() => navigate(`/documents/${id}/edit`)}>{ui.edit}</Button>
      )}
      {draft && canDo(me, 'documents.issue') && (
        <Popconfirm
          title={ui.issueConfirm}
          onConfirm={() => issue.mutate()}
          okText={ui.issue}
          cancelText={ui.cancel}
        >
          <Button type="primary" loading={issue.isPending}>
            {ui.issue}
          </Button>
        </Popconfirm>
      )}
      {draft && canDo(me, 'documents.manage') && (
        <Popconfirm
          title={ui.deleteConfirm}
          onConfirm={() => remove.mutate()}
          okText={ui.del}
          cancelText={ui.cancel}
        >
          <Button danger>{ui.del}</Button>
        </Popconfirm>
      )}
      <Button onClick={() => download(`/api/documents/${id}/docx`).catch((e) => message.error(e.message))}>
        {ui.exportWord}
      </Button>
    </Space>
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Card
          title={
            <Space wrap>
              <Tag color={draft ? 'default' : 'red'}>{d.statuses[doc.status]}</Tag>
              {d.kinds[doc.kind]}
            </Space>
          }
          extra={actions}
          styles={{ body: { background: '#fafafa' } }}
        >
          <div style={isPhone ? { ...PAPER, padding: '16px 12px' } : PAPER} data-testid="document-paper">
            <div
              style={{
                textAlign: 'center',
                borderBottom: '2px solid #c00000',
                paddingBottom: 6,
                marginBottom: 16,
              }}
            >
              {doc.docNumber ?? <Typography.Text type="secondary">{ui.docNumberPending}</Typography.Text>}
            </div>
            <h2
              style={{
                textAlign: 'center',
                fontFamily: '"方正小标宋简体", "SimSun", serif',
                fontSize: 22,
                fontWeight: 'normal',
              }}
            >
              {doc.title}
            </h2>
            {doc.recipientsText && <p style={{ margin: 0 }}>{doc.recipientsText}：</p>}
            {numberHeadings(doc.blocks).map((b, i) => (
              <p
                // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their order
                key={i}
                style={{
                  textIndent: '2em',
                  margin: 0,
                  fontFamily:
                    b.kind === 'h1'
                      ? '"SimHei", "黑体", sans-serif'
                      : b.kind === 'h2'
                        ? '"KaiTi", "楷体_GB2312", serif'
                        : undefined,
                  fontWeight: b.kind === 'h3' ? 'bold' : undefined,
                }}
              >
                {b.text}
              </p>
            ))}
            {doc.attachmentNotes.length > 0 && (
              <p style={{ textIndent: '2em', marginTop: 16 }}>
                {fl.attachmentNotes.replace('说明', '')}：
                {doc.attachmentNotes.map((a, i) => (doc.attachmentNotes.length > 1 ? `${i + 1}. ${a}　` : a))}
              </p>
            )}
            <p style={{ textAlign: 'right', marginTop: 32, marginBottom: 0, paddingRight: '2em' }}>
              {doc.signature}
            </p>
            <p style={{ textAlign: 'right', paddingRight: '4em' }}>{chineseDate(doc.writtenOn)}</p>
          </div>
          {doc.files.length > 0 && (
            <Descriptions size="small" column={1} style={{ marginTop: 16 }}>
              <Descriptions.Item label={ui.uploadedFiles}>
                <Space orientation="vertical">
                  {doc.files.map((f) => (
                    <Button
                      key={f.id}
                      type="link"
                      style={{ padding: 0 }}
                      onClick={() => download(`/api/files/${f.id}`)}
                    >
                      {f.originalName}
                    </Button>
                  ))}
                </Space>
              </Descriptions.Item>
            </Descriptions>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          <DocumentTasksCard doc={doc} />
          {!isUnit && doc.status === 'issued' && <ReceiptsCard documentId={doc.id} />}
          <Link to="/documents">{ui.back}</Link>
        </Space>
      </Col>
    </Row>
  );
}
