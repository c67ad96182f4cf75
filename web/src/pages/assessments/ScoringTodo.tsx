import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api.js';
import TodoItem from '../workbench/TodoItem.js';
import { W } from './shared.js';

/** 考评待办: schemes being scored that the user can see (evaluators: only those they are invited to). */
export default function ScoringTodo() {
  const { data } = useQuery({
    queryKey: ['todo', 'assessments-scoring'],
    queryFn: () => api.get<Page<unknown>>('/api/assessments/schemes', { status: 'scoring', pageSize: 1 }),
  });
  if (!data?.total) return null;
  return <TodoItem to="/assessments?status=scoring" count={data.total} text={W.todoScoring(data.total)} />;
}
