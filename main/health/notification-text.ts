import type { TFunction } from 'i18next';
import type { Finding, HealthStatus } from '@shared/domain/health';

// The OS notification's words, in main's language (main/i18n): short, one line per reason, and
// pointing to the Health screen, which explains with the user's own numbers.

export function notificationText(status: HealthStatus, t: TFunction): { title: string; body: string } {
  const worst: Finding[] = status.findings.filter((f) => f.level === status.overall);
  const reasons = worst.map((f) => t(`shell.notification.rules.${f.rule}`));
  return {
    title: t(status.overall === 'at_risk' ? 'shell.notification.title.atRisk' : 'shell.notification.title.watch'),
    body: [...reasons, t('shell.notification.openHealth')].join('\n'),
  };
}
