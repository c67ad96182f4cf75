import { useQuery } from '@tanstack/react-query';
import { TERM_WARNING_MONTHS } from '../../../../common/orgs.js';
import { api, type Page } from '../../api.js';
import { zh } from '../../locale.js';
import TodoItem from './TodoItem.js';

/** 换届提醒: party organisations whose term has ended or ends within six months. */
export default function TermWarningsTodo() {
  const { data } = useQuery({
    queryKey: ['todo', 'term-warnings'],
    queryFn: () =>
      api.get<Page<unknown>>('/api/orgs/party-orgs', {
        termEndingWithinMonths: TERM_WARNING_MONTHS,
        pageSize: 1,
      }),
  });
  if (!data?.total) return null;
  return (
    <TodoItem
      to={`/orgs/party-orgs?termEndingWithinMonths=${TERM_WARNING_MONTHS}`}
      count={data.total}
      tone="warning"
      text={zh.web.workbench.termWarnings(TERM_WARNING_MONTHS)}
    />
  );
}
