import { useTranslation } from 'react-i18next';

/** Each section: a heading and its points, in the catalogue under help.guide.<section>. */
const SECTIONS = [
  { id: 'log', points: ['open', 'paste', 'typed'] },
  { id: 'outcomes', points: ['record', 'keys', 'stale'] },
  { id: 'dashboard', points: ['weeks', 'provisional'] },
  { id: 'health', points: ['rules', 'settings'] },
  { id: 'data', points: ['local', 'backups', 'sample'] },
] as const;

const KEYS = ['logProposal', 'pasteJobPost', 'save', 'close', 'search', 'screens', 'settings', 'guide'] as const;

/** Help → Bidwell Guide (F1): how to log fast and how to read the numbers, on one page. */
export function GuidePage() {
  const { t } = useTranslation();
  return (
    <section className="page guide-page">
      <header className="page-header">
        <h1>{t('help.guide.title')}</h1>
      </header>
      <p className="lead">{t('help.guide.lead')}</p>
      {SECTIONS.map(({ id, points }) => (
        <section key={id} className="panel" aria-labelledby={`guide-${id}`}>
          <h2 id={`guide-${id}`}>{t(`help.guide.${id}.title`)}</h2>
          <ul>
            {points.map((point) => (
              <li key={point}>{t(`help.guide.${id}.${point}`)}</li>
            ))}
          </ul>
        </section>
      ))}
      <section className="panel" aria-labelledby="guide-keys">
        <h2 id="guide-keys">{t('help.guide.keys.title')}</h2>
        <dl className="facts guide-keys">
          {KEYS.map((key) => (
            <div key={key}>
              <dt>
                <kbd>{t(`help.guide.keys.${key}.keys`)}</kbd>
              </dt>
              <dd>{t(`help.guide.keys.${key}.what`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </section>
  );
}
