import { useQuery } from '@tanstack/react-query';
import type { AwardTodos } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import TodoItem from '../workbench/TodoItem.js';
import { fmtDate, W } from './shared.js';

/** The committee leader's 考评 to-dos: lists waiting for approval, 公示 ending with objections still open. */
export default function AwardTodo() {
  const { data } = useQuery({
    queryKey: ['todo', 'assessments-awards'],
    queryFn: () => api.get<AwardTodos>('/api/assessments/awards/todos'),
  });
  if (!data) return null;
  return (
    <>
      {data.awaitingApproval.map((a) => (
        <TodoItem
          key={`a${a.id}`}
          to={`/assessments/awards/${a.id}`}
          tone="warning"
          text={W.todoAwaitingApproval(a.title, a.schemeName)}
        />
      ))}
      {data.publicityEnding.map((a) => (
        <TodoItem
          key={`p${a.id}`}
          to={`/assessments/awards/${a.id}`}
          tone="danger"
          count={a.openObjections}
          text={W.todoPublicityEnding(a.title, fmtDate(a.publicityEnd).slice(0, 10), a.openObjections)}
        />
      ))}
    </>
  );
}
