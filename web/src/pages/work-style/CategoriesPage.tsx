import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { useCategories, useIsPhone, useListAwareForm, w } from './shared.js';

type Values = { names: string[] };

/** 问题类别设置 (committee staff): the categories a problem is registered under. */
export default function CategoriesPage() {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const categories = useCategories();
  useEffect(() => {
    if (categories.data) form.setFieldsValue({ names: categories.data });
  }, [categories.data, form]);
  const { submit, busy } = useFormSubmit<Values>(useListAwareForm(form), async (values) => {
    await api.put('/api/problems/categories', { names: values.names.map((n) => n.trim()) });
    message.success(w.categoriesSaved);
    await client.invalidateQueries({ queryKey: ['/api/problems/categories'] });
  });
  const unique = ({ getFieldValue }: { getFieldValue: (n: string) => string[] }) => ({
    validator: (_: unknown, v?: string) =>
      !v || getFieldValue('names').filter((n) => n?.trim() === v.trim()).length < 2
        ? Promise.resolve()
        : Promise.reject(new Error(w.duplicateCategory)),
  });
  return (
    <div style={{ maxWidth: 640 }}>
      <Typography.Title level={4}>{w.categoriesTitle}</Typography.Title>
      <Alert type="info" showIcon title={w.categoriesHint} style={{ marginBottom: 12 }} />
      <Card loading={categories.isLoading}>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.List name="names">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item
                      name={field.name}
                      rules={[{ required: true, whitespace: true, message: w.required }, { max: 30 }, unique]}
                      style={{ flex: 1 }}
                    >
                      <Input maxLength={30} aria-label={`${w.categoryName}${i + 1}`} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={w.remove}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Flex>
                ))}
                {fields.length < 50 && (
                  <Button type="dashed" icon={<PlusOutlined />} block onClick={() => add('')}>
                    {w.addCategory}
                  </Button>
                )}
              </>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" loading={busy} block={isPhone} style={{ marginTop: 16 }}>
            {zh.web.common.save}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
