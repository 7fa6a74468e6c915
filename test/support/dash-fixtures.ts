import type { Proposal } from '@shared/domain/proposal';
import { value } from './results';
import type { testApp } from './temp-db';

// Helpers for the dashboard and insights tests: log proposals and outcomes through the real
// handlers, so the cached columns and summary tables are kept exactly as in the app.

export type App = ReturnType<typeof testApp>;
export { fieldsOf, value } from './results';

/** Logs a proposal sent at `sentAt`, then records each outcome an hour apart. */
export function logProposal(
  app: App,
  sentAt: string,
  outcomes: string[] = [],
  fields: Record<string, unknown> = {},
): Proposal {
  const proposal = value<Proposal>(
    app.invoke('proposals:create', { jobTitle: `Job sent ${sentAt}`, sentAt, ...fields }),
  );
  outcomes.forEach((status, i) => {
    const occurredAt = new Date(Date.parse(sentAt) + (i + 1) * 3_600_000).toISOString();
    value(app.invoke('proposals:setStatus', { id: proposal.id, status, occurredAt }));
  });
  return proposal;
}
