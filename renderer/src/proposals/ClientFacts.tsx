import { useTranslation } from 'react-i18next';

/** The proposal detail's compact "Job and client" list: only what is known, nothing when nothing is. */
export function ClientFacts({ facts }: { facts: [string, string | null][] }) {
  const { t } = useTranslation();
  const known = facts.filter(([, value]) => value);
  if (known.length === 0) return null;
  return (
    <>
      <h3>{t('client.title')}</h3>
      <dl className="facts" data-testid="client-facts">
        {known.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
