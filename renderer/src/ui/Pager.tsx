import { useTranslation } from 'react-i18next';
import { useFormat } from '../hooks/use-format';

export interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** The total is a lower bound: a search counts its matches only so far (shown as "1,000+"). */
  totalCapped?: boolean;
  onPage: (page: number) => void;
}

/** "101–200 of 5,000" with Previous and Next: long lists are read a page at a time from SQL. */
export function Pager({ page, pageSize, total, totalCapped = false, onPage }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <nav className="pager" aria-label={t('common.pages')}>
      <span title={totalCapped ? t('common.rangeCappedHint', { total: format.number(total) }) : undefined}>
        {t(totalCapped ? 'common.rangeCapped' : 'common.range', {
          from: format.number(page * pageSize + 1),
          to: format.number(Math.min(total, (page + 1) * pageSize)),
          total: format.number(total),
        })}
      </span>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </button>
      <button type="button" disabled={!totalCapped && (page + 1) * pageSize >= total} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
