import { SessionsList } from './SessionsPage.js';

/** 我的巡听: the sessions whose team the user is on. */
export default function MySessionsPage() {
  return <SessionsList mode="mine" />;
}
