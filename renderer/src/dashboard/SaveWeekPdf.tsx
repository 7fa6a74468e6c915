import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { errorText } from '../forms/error-text';
import { useShortcuts } from '../hooks/use-shortcuts';
import { useToast } from '../ui/Toast';

/**
 * "Save as PDF" on the week review (and Ctrl/Cmd+P there): main prints the page with its print
 * stylesheet and asks where to save. A failure stays beside the button until the next try.
 */
export function SaveWeekPdf({ week }: { week: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const save = useCallback(async () => {
    if (saving) return;
    setSaving(true);
    setProblem(null);
    try {
      const result = await call('review:savePdf', { week });
      if (!result.ok) return setProblem(errorText(t, result.error));
      const outcome = result.value;
      if (outcome.status === 'saved') toast.show({ text: t('review.pdf.saved', { path: outcome.path }) });
      if (outcome.status === 'failed') {
        setProblem(t(`review.pdf.failed.${outcome.problem}`, { path: outcome.path, detail: outcome.detail }));
      }
    } finally {
      setSaving(false);
    }
  }, [saving, t, toast, week]);

  useShortcuts(useMemo(() => ({ 'mod+p': () => void save() }), [save]));

  return (
    <span className="save-pdf">
      <button
        type="button"
        onClick={() => void save()}
        disabled={saving}
        aria-keyshortcuts="Control+P Meta+P"
        title={t('common.shortcut', { key: 'P' })}
      >
        {saving ? t('review.pdf.saving') : t('review.pdf.button')}
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
