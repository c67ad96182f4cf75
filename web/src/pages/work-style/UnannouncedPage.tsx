import VisitsView from './VisitsView.js';

export default function UnannouncedPage() {
  return <VisitsView unannounced />;
}
