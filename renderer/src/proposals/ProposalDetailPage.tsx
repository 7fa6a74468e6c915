import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_STATUSES, type ProposalDetail } from '@shared/domain/proposal';
import { browserUrlFor } from '@shared/external-link';
import { call, load } from '../api';
import { EventHistory } from './EventHistory';
import { ClientFacts } from './ClientFacts';
import { jobClientFacts } from './job-client-facts';
import { Modal } from '../ui/Modal';
import { ContractDialog } from '../money/ContractDialog';
import { ProposalForm } from './ProposalForm';
import { useToast } from '../ui/Toast';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useUserZone } from '../hooks/user-zone';
import { useLoad } from '../hooks/use-load';
import { navigate } from '../hooks/use-route';
import { emptyContractForm } from '../money/money-form-model';
import { fromLocalInput } from '../forms/values';
import { formFromProposal, type ProposalFormValues } from './proposal-form-model';
import { today } from '../lib/today';
import { errorText } from '../forms/error-text';
import { shortTitle } from '../ui/short-title';

export function ProposalDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const { version } = useDataVersion();
  const loaded = useLoad(() => load('proposals:get', { id }), [id, version]);

  if (loaded.state === 'loading') return <section className="page" aria-busy="true" />;
  if (loaded.state === 'error') {
    return (
      <section className="page">
        <p className="empty">{t('proposals.detail.missing')}</p>
        <a href="#/proposals">{t('proposals.detail.back')}</a>
      </section>
    );
  }
  return <Detail proposal={loaded.value} />;
}

function Detail({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const { changed } = useDataVersion();
  const [editing, setEditing] = useState<ProposalFormValues | null>(null);
  const [addingContract, setAddingContract] = useState(false);
  const zone = useUserZone();
  const wasHired = proposal.events.some((e) => e.status === 'hired');
  const [lateAt, setLateAt] = useState('');
  const [lateError, setLateError] = useState<string | null>(null);
  // Main opens only this (https, Upwork's http upgraded); a link it would refuse gets no button.
  const jobBrowserUrl = proposal.jobUrl === null ? null : browserUrlFor(proposal.jobUrl);

  async function record(status: (typeof OUTCOME_STATUSES)[number]) {
    const occurredAt = fromLocalInput(lateAt, zone);
    const result = await call('proposals:setStatus', { id: proposal.id, status, occurredAt });
    if (!result.ok) {
      setLateError(errorText(t, result.error, { sentAt: format.dateTime(proposal.sentAt) }));
      return;
    }
    setLateError(null);
    setLateAt('');
    changed();
  }

  async function remove() {
    const result = await call('proposals:delete', { id: proposal.id });
    if (!result.ok) return toast.show({ text: result.error.message });
    const snapshot = result.value;
    changed();
    navigate({ page: 'proposals' });
    toast.show({
      text: t('proposals.deleted', { title: shortTitle(proposal.jobTitle) }),
      action: {
        label: t('common.undo'),
        run: async () => {
          const restored = await call('proposals:restore', snapshot);
          if (!restored.ok) toast.show({ text: errorText(t, restored.error) });
          changed();
        },
      },
    });
  }

  const facts: [string, string | null][] = [
    [t('proposals.fields.profile'), proposal.profileName],
    [
      t('proposals.fields.jobUrl'),
      proposal.jobUrl && jobBrowserUrl === null ? t('proposals.detail.linkNotOpened', { url: proposal.jobUrl }) : null,
    ],
    [t('proposals.fields.sentAt'), format.dateTime(proposal.sentAt)],
    [t('proposals.fields.jobType'), proposal.jobType && t(`proposals.jobType.${proposal.jobType}`)],
    [t('proposals.fields.bid'), proposal.bidCents === null ? null : format.money(proposal.bidCents)],
    [t('proposals.fields.connectsSpent'), format.number(proposal.connectsSpent)],
    [t('proposals.fields.boostConnects'), proposal.boostConnects ? format.number(proposal.boostConnects) : null],
    [t('proposals.fields.source'), proposal.source && t(`proposals.source.${proposal.source}`)],
    [t('proposals.fields.category'), proposal.category],
    [t('proposals.fields.skills'), proposal.skills.join(', ') || null],
    [t('proposals.fields.proposalsBand'), proposal.proposalsBand && t(`proposals.band.${proposal.proposalsBand}`)],
    [
      t('proposals.fields.minutesAfterPosting'),
      proposal.minutesAfterPosting === null ? null : format.number(proposal.minutesAfterPosting),
    ],
    [t('proposals.fields.clientCountry'), proposal.clientCountry],
    [
      t('proposals.fields.clientPaymentVerified'),
      proposal.clientPaymentVerified === null ? null : t(proposal.clientPaymentVerified ? 'common.yes' : 'common.no'),
    ],
    [
      t('proposals.fields.clientHireRate'),
      proposal.clientHireRate === null ? null : format.percent(proposal.clientHireRate / 100, 0),
    ],
    [
      t('proposals.fields.clientTotalSpent'),
      proposal.clientTotalSpentCents === null ? null : format.money(proposal.clientTotalSpentCents),
    ],
    [
      t('proposals.fields.clientRating'),
      proposal.clientRating === null ? null : format.number(proposal.clientRating, 1),
    ],
  ];

  return (
    <section className="page">
      <a href="#/proposals" className="back">
        ← {t('proposals.detail.back')}
      </a>
      <header className="page-header">
        <h1>{proposal.jobTitle}</h1>
        <div className="toolbar">
          {jobBrowserUrl && (
            <a href={jobBrowserUrl} target="_blank" rel="noreferrer noopener" className="button">
              {t('proposals.detail.openJob')}
            </a>
          )}
          {wasHired && (
            <button type="button" onClick={() => setAddingContract(true)}>
              {t('proposals.detail.addContract')}
            </button>
          )}
          <button type="button" onClick={() => setEditing(formFromProposal(proposal, zone))}>
            {t('common.edit')}
          </button>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('common.delete')}
          </button>
        </div>
      </header>

      <div className="detail-grid">
        <div>
          <h2>{t('proposals.detail.outcome')}</h2>
          <p>
            <span className={`status-chip status-${proposal.status}`}>{t(`proposals.status.${proposal.status}`)}</span>{' '}
            {t('proposals.detail.since', { when: format.dateTime(proposal.statusAt) })}
          </p>
          <div className="outcome-buttons" role="group" aria-label={t('proposals.detail.recordOutcome')}>
            {OUTCOME_STATUSES.map((s) => (
              <button key={s} type="button" onClick={() => void record(s)}>
                {t(`proposals.status.${s}`)}
              </button>
            ))}
          </div>
          <label className="late">
            {t('proposals.detail.happenedAt')}
            <input
              type="datetime-local"
              value={lateAt}
              onChange={(e) => setLateAt(e.target.value)}
              aria-invalid={lateError ? true : undefined}
            />
          </label>
          {lateError && (
            <p className="field-error" role="alert">
              {lateError}
            </p>
          )}
          <h2>{t('proposals.detail.history')}</h2>
          <EventHistory proposal={proposal} />
        </div>
        <div>
          <h2>{t('proposals.detail.details')}</h2>
          <dl className="facts">
            {facts
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          <ClientFacts facts={jobClientFacts(proposal, t, format)} />
          {proposal.coverLetter && (
            <>
              <h3>{t('proposals.fields.coverLetter')}</h3>
              <p className="prose">{proposal.coverLetter}</p>
            </>
          )}
          {proposal.notes && (
            <>
              <h3>{t('proposals.fields.notes')}</h3>
              <p className="prose">{proposal.notes}</p>
            </>
          )}
        </div>
      </div>

      {addingContract && (
        <ContractDialog
          // A hire becomes a contract: what the proposal already knows is filled in.
          initial={{
            ...emptyContractForm(today(zone)),
            proposalId: String(proposal.id),
            title: proposal.jobTitle,
            contractType: proposal.jobType ?? 'hourly',
            rate: proposal.bidCents === null ? '' : String(proposal.bidCents / 100),
          }}
          hired={[proposal]}
          onClose={() => setAddingContract(false)}
          onSaved={(contract) => {
            setAddingContract(false);
            changed();
            toast.show({ text: t('proposals.detail.contractAdded', { title: shortTitle(contract.title) }) });
          }}
        />
      )}

      {editing && (
        <Modal title={t('proposals.form.editTitle')} onClose={() => setEditing(null)} wide>
          <ProposalForm
            values={editing}
            onChange={setEditing}
            onCancel={() => setEditing(null)}
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              const result = await call('proposals:update', { id: proposal.id, fields });
              if (!result.ok) return result.error;
              setEditing(null);
              changed();
              return undefined;
            }}
          />
        </Modal>
      )}
    </section>
  );
}
