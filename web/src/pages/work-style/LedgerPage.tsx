import { ProblemsView } from './ProblemsPage.js';

/** 整改台账: the same register seen as the ledger (measures, responsibility, deadlines). */
export default function LedgerPage() {
  return <ProblemsView ledger />;
}
