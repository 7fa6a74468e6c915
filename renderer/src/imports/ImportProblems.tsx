import { useTranslation } from 'react-i18next';
import { useFormat } from '../hooks/use-format';
import type { ImportIssue } from '@shared/domain/imports';

/** The rejected rows, by line, each with its reason in words. */
export function ImportProblems({ issues, total }: { issues: ImportIssue[]; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = (issue: ImportIssue) => {
    const params = { ...issue.params };
    if (typeof params.problem === 'string')
      params.problem = t(params.problem, { defaultValue: t('validation.invalid') });
    if (typeof params.field === 'string' && params.field)
      params.field = t(`money.import.fields.${params.field}`, { defaultValue: params.field });
    return t(issue.key, { ...params, defaultValue: issue.message });
  };
  return (
    <div className="import-problems" role="alert">
      <p className="error">
        <strong>{t('money.import.rejected', { count: total, formatted: format.number(total) })}</strong>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('money.columns.line')}
            </th>
            <th scope="col">{t('money.columns.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={`${issue.line}-${i}`}>
              <td className="num">{issue.line}</td>
              <td>{text(issue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > issues.length && (
        <p className="muted">{t('money.import.moreRejected', { count: total - issues.length })}</p>
      )}
    </div>
  );
}
