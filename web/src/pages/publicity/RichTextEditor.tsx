import { App, Button, Input, Modal, Space, Tooltip, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { getCsrfToken } from '../../api.js';
import { ui } from './shared.js';

type Command = { label: string; title: string; run: () => void };

/**
 * A small rich text editor for news bodies: 加粗, 小标题, 列表, 链接 and 图片 (uploaded to /api/files)
 * on a contentEditable area. Its value is HTML; the server keeps only a safe set of tags.
 */
export default function RichTextEditor({
  value = '',
  onChange,
}: {
  value?: string;
  onChange?: (html: string) => void;
}) {
  const { message } = App.useApp();
  const ref = useRef<HTMLDivElement>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('https://');
  const saved = useRef<Range | null>(null);
  // Only push outside values in (initial load, reset); typing keeps the DOM as it is.
  useEffect(() => {
    if (ref.current && ref.current.innerHTML !== value) ref.current.innerHTML = value;
  }, [value]);
  const emit = () => onChange?.(ref.current?.innerHTML ?? '');
  const exec = (command: string, arg?: string) => {
    ref.current?.focus();
    document.execCommand(command, false, arg);
    emit();
  };
  const keepSelection = () => {
    const sel = window.getSelection();
    saved.current = sel?.rangeCount ? sel.getRangeAt(0) : null;
  };
  const restoreSelection = () => {
    ref.current?.focus();
    const sel = window.getSelection();
    if (saved.current && sel) {
      sel.removeAllRanges();
      sel.addRange(saved.current);
    }
  };
  const commands: Command[] = [
    { label: 'B', title: ui.editor.bold, run: () => exec('bold') },
    { label: ui.editor.heading, title: ui.editor.heading, run: () => exec('formatBlock', 'h3') },
    { label: ui.editor.paragraph, title: ui.editor.paragraph, run: () => exec('formatBlock', 'p') },
    { label: '•', title: ui.editor.bullets, run: () => exec('insertUnorderedList') },
    { label: '1.', title: ui.editor.numbers, run: () => exec('insertOrderedList') },
  ];
  return (
    <div style={{ border: '1px solid #d9d9d9', borderRadius: 6 }}>
      <Space
        wrap
        size={4}
        style={{ padding: 6, borderBottom: '1px solid #f0f0f0', width: '100%', boxSizing: 'border-box' }}
      >
        {commands.map((c) => (
          <Tooltip key={c.title} title={c.title}>
            <Button size="small" aria-label={c.title} onMouseDown={(e) => e.preventDefault()} onClick={c.run}>
              {c.label === 'B' ? <strong>B</strong> : c.label}
            </Button>
          </Tooltip>
        ))}
        <Button
          size="small"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            keepSelection();
            setHref('https://');
            setLinkOpen(true);
          }}
        >
          {ui.editor.link}
        </Button>
        <Upload
          action="/api/files"
          name="file"
          accept=".png,.jpg,.jpeg,.gif,.webp"
          headers={{ 'x-csrf-token': getCsrfToken() }}
          withCredentials
          showUploadList={false}
          beforeUpload={() => {
            keepSelection();
            return true;
          }}
          onChange={({ file }) => {
            if (file.status === 'done') {
              restoreSelection();
              exec('insertImage', `/api/files/${(file.response as { id: number }).id}`);
            }
            if (file.status === 'error') message.error(file.response?.message ?? ui.editor.uploadFailed);
          }}
        >
          <Button size="small">{ui.editor.image}</Button>
        </Upload>
      </Space>
      {/* biome-ignore lint/a11y/useSemanticElements: rich text needs a contentEditable box, a textarea holds plain text only */}
      <div
        ref={ref}
        role="textbox"
        aria-multiline="true"
        aria-label={ui.body}
        contentEditable
        tabIndex={0}
        suppressContentEditableWarning
        onInput={emit}
        onBlur={emit}
        className="news-editor"
        style={{
          minHeight: 220,
          padding: '8px 12px',
          outline: 'none',
          lineHeight: 1.8,
          overflowWrap: 'anywhere',
        }}
      />
      <style>{'.news-editor img{max-width:100%;height:auto}.news-editor h3{font-size:17px}'}</style>
      <Modal
        open={linkOpen}
        title={ui.editor.link}
        onCancel={() => setLinkOpen(false)}
        onOk={() => {
          setLinkOpen(false);
          if (!/^(https?:\/\/|mailto:)\S+$/.test(href)) return message.error(ui.editor.badLink);
          restoreSelection();
          exec('createLink', href);
        }}
        destroyOnHidden
      >
        <Input value={href} onChange={(e) => setHref(e.target.value)} placeholder="https://" />
      </Modal>
    </div>
  );
}
