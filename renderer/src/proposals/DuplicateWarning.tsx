import { useTranslation } from 'react-i18next';
import type { DuplicateProposal } from '@shared/domain/proposal';
import { useFormat } from '../hooks/use-format';
import { routeHref } from '../hooks/use-route';
import { shortTitle } from '../ui/short-title';

interface DuplicateWarningProps {
  duplicate: DuplicateProposal;
  /** Saves the proposal all the same. */
  onLogAnyway: () => void;
}

/** "You sent a proposal for this job on Nov 3": shown instead of saving, once, with a way on. */
export function DuplicateWarning({ duplicate, onLogAnyway }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="duplicate-warning" role="alert">
      <p>
        {t('proposals.duplicate.sentBefore', { date: format.date(duplicate.sentAt) })}{' '}
        <a href={routeHref({ page: 'proposal', id: duplicate.id })}>{shortTitle(duplicate.jobTitle)}</a>
      </p>
      <button type="button" className="primary" onClick={onLogAnyway} autoFocus>
        {t('proposals.duplicate.logAnyway')}
      </button>
    </div>
  );
}
