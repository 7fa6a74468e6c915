import type { Finding, HealthLevel, HealthRuleId, HealthStatus } from '@shared/domain/health';

// The OS notification's words. Main has no i18n catalogue (the renderer's lives in its bundle),
// and these are the only sentences main shows, so they are English here, kept short and
// pointing to the Health screen, which explains with the user's own numbers.

const TITLES: Record<Exclude<HealthLevel, 'ok'>, string> = {
  watch: 'Bidwell: your Upwork account health needs watching',
  at_risk: 'Bidwell: your Upwork account health is at risk',
};

const RULES: Record<HealthRuleId, string> = {
  lowConversion: 'Many proposals, few hires lately.',
  volumeWithoutIncome: 'Proposals keep going out with next to no income.',
  ratioDrop: 'Your hire rate dropped well below your usual.',
  lowViewRate: 'Few clients even open your proposals.',
  jss: 'Your Job Success Score is low.',
};

export function notificationText(status: HealthStatus): { title: string; body: string } {
  const level = status.overall === 'ok' ? 'watch' : status.overall;
  const worst: Finding[] = status.findings.filter((f) => f.level === status.overall);
  const reasons = worst.map((f) => RULES[f.rule]).join(' ');
  return { title: TITLES[level], body: `${reasons} Open Bidwell's Health page to see why and what to do.` };
}
