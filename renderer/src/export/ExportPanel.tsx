import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { offerDownload } from './download';

const EXPORTS = [
  ['export:proposalsCsv', 'money.export.proposalsCsv'],
  ['export:transactionsCsv', 'money.export.transactionsCsv'],
  ['export:json', 'money.export.json'],
] as const;

export function ExportPanel() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  async function run(channel: (typeof EXPORTS)[number][0]) {
    const result = await call(channel);
    if (!result.ok) return setMessage(result.error.message);
    offerDownload(result.value);
    setMessage(t('money.export.done', { name: result.value.fileName }));
  }
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('money.export.title')}</h2>
      <p className="muted">{t('money.export.explain')}</p>
      <div className="toolbar">
        {EXPORTS.map(([channel, label]) => (
          <button type="button" key={channel} onClick={() => void run(channel)}>
            {t(label)}
          </button>
        ))}
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
