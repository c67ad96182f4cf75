import { Tag } from 'antd';
import type { PartyOrg } from '../../../../common/orgs.js';
import { t } from './shared.js';

/** 届期已满 (red) / 届期将满 (orange); nothing while the term has time left. */
export default function TermTag({ warning }: { warning: PartyOrg['termWarning'] }) {
  if (warning === 'ended') return <Tag color="red">{t.partyOrgs.termEnded}</Tag>;
  if (warning === 'ending') return <Tag color="orange">{t.partyOrgs.termEnding}</Tag>;
  return null;
}
