import { App, Button, Card, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { ProblemDetail } from '../../../../common/problems.js';
import { api } from '../../api.js';
import FeedbackModal from './FeedbackModal.js';
import { w } from './shared.js';

/** The committee's side: feedback, reminders, verification or return, and 销号. */
export default function StaffPanel({ problem: p, onDone }: { problem: ProblemDetail; onDone: () => void }) {
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [feedback, setFeedback] = useState(false);
  const run = async (path: string, body: Record<string, unknown>, done: string = w.done) => {
    try {
      await api.post(`/api/problems/${p.id}/${path}`, body);
      message.success(done);
      setNote('');
      onDone();
    } catch (error) {
      message.error((error as Error).message);
    }
  };
  const open = ['fed_back', 'measures_submitted', 'in_progress', 'returned'].includes(p.status);
  if (!open && !['registered', 'verification_requested', 'verified'].includes(p.status)) return null;
  return (
    <Card title={w.staffActions} size="small" style={{ marginTop: 16 }}>
      <Input.TextArea
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={p.status === 'verification_requested' ? w.verifyOrReturnNote : w.remindNote}
        aria-label={w.opinion}
        style={{ marginBottom: 8 }}
      />
      <Space wrap>
        {p.status === 'registered' && (
          <Button type="primary" onClick={() => setFeedback(true)}>
            {w.feedback}
          </Button>
        )}
        {open && (
          <Button onClick={() => run('remind', { note: note || null }, w.remindDone)}>{w.remind}</Button>
        )}
        {p.status === 'verification_requested' && (
          <>
            <Button type="primary" onClick={() => run('verify', { note: note || null, version: p.version })}>
              {w.verify}
            </Button>
            <Button
              danger
              onClick={() =>
                note.trim()
                  ? run('return', { returnReason: note, version: p.version })
                  : message.warning(w.returnReasonRequired)
              }
            >
              {w.returnTitle}
            </Button>
          </>
        )}
        {p.status === 'verified' && (
          <Popconfirm
            title={w.confirmClose}
            onConfirm={() => run('close', { note: note || null, version: p.version })}
          >
            <Button type="primary">{w.close}</Button>
          </Popconfirm>
        )}
      </Space>
      <FeedbackModal
        open={feedback}
        problems={[p]}
        onClose={(done) => {
          setFeedback(false);
          if (done) onDone();
        }}
      />
    </Card>
  );
}
