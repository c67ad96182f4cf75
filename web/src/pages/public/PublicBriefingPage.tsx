import { Button, Card, Result } from 'antd';
import { Link, useParams } from 'react-router';
import { zh } from '../../locale.js';
import BriefingView from '../publicity/BriefingView.js';
import { issueText } from '../publicity/shared.js';
import { PublicFrame, site, usePublic, withTenant } from './shared.js';

interface Briefing {
  id: number;
  seriesName: string;
  editorUnit: string;
  isSupplement: boolean;
  year: number;
  number: number;
  totalNumber: number | null;
  issuedOn: string;
  title: string;
  editorNote: string | null;
  articles: { title: string; body: string }[];
}

const p = zh.publications;

/** A briefing marked public, read as it was printed (without the internal distribution list). */
export default function PublicBriefingPage() {
  const { id } = useParams();
  const q = usePublic<Briefing>(`/api/public/briefings/${Number(id) || 0}`);
  const b = q.data;
  return (
    <PublicFrame>
      {q.error ? (
        <Result
          status="404"
          title={site.notFound}
          extra={
            <Link to={withTenant('/public')}>
              <Button>{site.back}</Button>
            </Link>
          }
        />
      ) : (
        <Card loading={q.isLoading}>
          {b && (
            <>
              <BriefingView
                seriesName={b.seriesName}
                issue={issueText(b)}
                editorUnit={b.editorUnit}
                issuedOn={b.issuedOn}
                editorNote={b.editorNote}
                editorNoteLabel={p.docx.editorNote}
                title={b.title}
                articles={b.articles}
              />
              <Link to={withTenant('/public')}>{site.back}</Link>
            </>
          )}
        </Card>
      )}
    </PublicFrame>
  );
}
