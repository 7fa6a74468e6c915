import { testApp } from '../support/temp-db';
import { upworkHistory } from '../support/upwork-history';
import type { BenchModule } from './module';

// How long a large Upwork history takes: 5,000 payments with their fee rows (10,000 rows, more
// than ten busy years): the preview, the commit, previewing it again (all already there) and the
// money summary over three years. One run each: the commit changes what the next call sees.

function timeOnce<T>(run: () => T): number {
  const started = performance.now();
  run();
  return Math.round(performance.now() - started);
}

const moneyImport: BenchModule = {
  once() {
    const app = testApp();
    try {
      const text = upworkHistory(5000);
      return [
        { name: 'upwork_preview_10k_rows_ms', value: timeOnce(() => app.invoke('import:upworkPreview', { text })) },
        { name: 'upwork_commit_10k_rows_ms', value: timeOnce(() => app.invoke('import:upworkCommit', { text })) },
        { name: 'upwork_reimport_preview_ms', value: timeOnce(() => app.invoke('import:upworkPreview', { text })) },
        {
          name: 'money_summary_3_years_ms',
          value: timeOnce(() =>
            app.invoke('money:summary', { from: '2024-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }),
          ),
        },
      ];
    } finally {
      app.cleanup();
    }
  },
};

export default moneyImport;
