import VisitsView from './VisitsView.js';

export default function VisitsPage() {
  return <VisitsView unannounced={false} />;
}
