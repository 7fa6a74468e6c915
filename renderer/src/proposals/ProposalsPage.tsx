import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_STATUSES, type ProposalStatus } from '@shared/domain/proposal';
import { load } from '../api';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { StatusChange } from './StatusChange';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';
import { routeHref } from '../hooks/use-route';
import { useShortcuts } from '../hooks/use-shortcuts';
import { DataTable } from '../ui/DataTable';

/** Pages keep the DOM small at any size: 100 rows at a time, counted and sorted in SQL. */
export const PAGE_SIZE = 100;

export function ProposalsPage({ onLog }: { onLog: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { version } = useDataVersion();
  const [search, setSearch] = useState('');
  const [debouncedSearch, setDebouncedSearch] = useState('');
  const [status, setStatus] = useState<ProposalStatus | ''>('');
  const [profileId, setProfileId] = useState('');
  const [page, setPage] = useState(0);
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      setDebouncedSearch(search);
      if (search !== debouncedSearch) setPage(0);
    }, 200);
    return () => clearTimeout(timer);
  }, [search, debouncedSearch]);
  useShortcuts(
    useMemo(() => {
      const focusSearch = () => searchBox.current?.focus();
      return { '/': focusSearch, 'mod+f': focusSearch };
    }, []),
  );

  const profiles = useLoad(() => load('profiles:list'), [version]);
  const list = useLoad(
    () =>
      load('proposals:list', {
        search: debouncedSearch,
        status: status || null,
        profileId: profileId ? Number(profileId) : null,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [debouncedSearch, status, profileId, page, version],
  );

  const filtered = debouncedSearch !== '' || status !== '' || profileId !== '';
  const total = list.state === 'ready' ? list.value.total : 0;

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('proposals.title')}</h1>
        <div className="toolbar">
          <input
            ref={searchBox}
            type="search"
            placeholder={t('proposals.searchPlaceholder')}
            aria-label={t('proposals.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <ChoiceSelect
            aria-label={t('proposals.filterStatus')}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as ProposalStatus | '');
              setPage(0);
            }}
            choices={PROPOSAL_STATUSES}
            labelPrefix="proposals.status"
            emptyLabel={t('proposals.allStatuses')}
          />
          <select
            aria-label={t('proposals.filterProfile')}
            value={profileId}
            onChange={(e) => {
              setProfileId(e.target.value);
              setPage(0);
            }}
          >
            <option value="">{t('proposals.allProfiles')}</option>
            {profiles.state === 'ready' &&
              profiles.value.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </div>
      </header>

      {list.state === 'error' && <p className="error">{list.message}</p>}
      {list.state === 'ready' && total === 0 && !filtered && (
        <div className="empty">
          <h2>{t('proposals.empty.title')}</h2>
          <p>{t('proposals.empty.body')}</p>
          <button type="button" className="primary" onClick={onLog}>
            {t('proposals.logButton')}
          </button>
        </div>
      )}
      {list.state === 'ready' && total === 0 && filtered && <p className="empty">{t('proposals.noMatch')}</p>}
      {list.state === 'ready' && total > 0 && (
        <>
          <DataTable
            className="proposals-table"
            pager={{ page, pageSize: PAGE_SIZE, total, totalCapped: list.value.totalCapped, onPage: setPage }}
            columns={[
              { label: t('proposals.columns.sent') },
              { label: t('proposals.columns.job') },
              { label: t('proposals.columns.profile') },
              { label: t('proposals.columns.bid'), numeric: true },
              { label: t('proposals.columns.connects'), numeric: true },
              { label: t('proposals.columns.status') },
            ]}
          >
            {list.value.rows.map((row) => (
              <tr key={row.id}>
                <td className="nowrap">{format.date(row.sentAt)}</td>
                <td>
                  <a href={routeHref({ page: 'proposal', id: row.id })}>{row.jobTitle}</a>
                </td>
                <td>{row.profileName}</td>
                <td className="num">
                  {row.bidCents === null ? '—' : format.money(row.bidCents)}
                  {row.bidCents !== null && row.jobType === 'hourly' ? t('proposals.perHour') : ''}
                </td>
                <td className="num">
                  {format.number(row.connectsSpent + row.boostConnects)}
                  {row.boostConnects > 0 && <span className="badge">{t('proposals.boosted')}</span>}
                </td>
                <td>
                  <StatusChange
                    proposalId={row.id}
                    status={row.status}
                    label={t('proposals.statusOf', { title: row.jobTitle })}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
