import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, type FormInstance, Input, Space } from 'antd';
import { f, required, w } from './shared.js';

/** 出勤情况 as a list of people (name, present, absence reason); used by the record and its correction. */
export default function AttendanceList({ form, name }: { form: FormInstance; name: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'name']} rules={[required]} style={{ marginBottom: 8 }}>
                <Input placeholder={w.personName} style={{ width: 120 }} aria-label={w.personName} />
              </Form.Item>
              <Form.Item name={[field.name, 'present']} valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{w.present}</Checkbox>
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {() =>
                  form.getFieldValue([name, field.name, 'present']) ? null : (
                    <Form.Item name={[field.name, 'absenceReason']} style={{ marginBottom: 8 }}>
                      <Input
                        placeholder={f.absenceReason}
                        style={{ width: 160 }}
                        aria-label={f.absenceReason}
                      />
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={w.remove}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', present: true })}>
            {w.addPerson}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
