import { DatePicker, TimePicker } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';

const DATE = 'YYYY-MM-DD';
const TIME = 'HH:mm';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  style?: CSSProperties;
  /** Only days of this year can be picked (the plan year). */
  year?: number;
  allowClear?: boolean;
  placeholder?: string;
  id?: string;
  'aria-label'?: string;
}

/**
 * A Form control over antd's DatePicker whose value is the API's text date `YYYY-MM-DD` (or
 * null), so forms, rules and request bodies keep plain strings.
 */
export function DateField({
  value,
  onChange,
  style,
  year,
  allowClear = true,
  placeholder,
  id,
  ...aria
}: Props) {
  return (
    <DatePicker
      id={id}
      aria-label={aria['aria-label']}
      value={value ? dayjs(value) : null}
      format={DATE}
      onChange={(d) => onChange?.(d ? d.format(DATE) : null)}
      style={style ?? { width: 170 }}
      allowClear={allowClear}
      placeholder={placeholder}
      disabledDate={year ? (d) => d.year() !== year : undefined}
      defaultPickerValue={year && !value ? dayjs(`${year}-01-01`) : undefined}
    />
  );
}

/** The same for a time of day `HH:MM`. */
export function TimeField({ value, onChange, style, id }: Omit<Props, 'year'>) {
  return (
    <TimePicker
      id={id}
      value={value ? dayjs(`2000-01-01T${value}`) : null}
      format={TIME}
      minuteStep={5}
      needConfirm={false}
      onChange={(d) => onChange?.(d ? d.format(TIME) : null)}
      style={style ?? { width: 120 }}
    />
  );
}
