import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

// Hours beside pay, for the effective hourly rate (docs/money.md). Only contracts with hours
// count; their earnings and fees are put in the month their Upwork week (Monday) starts in, like
// their hours, so a week paid the week after it was worked stays with its own hours. One pass
// over work_entries and one over the transactions of those contracts (by their contract index).

const EARNINGS = "('hourly', 'fixed_price', 'bonus', 'refund')";

export interface ContractMonthPay {
  contractId: number;
  month: string;
  seconds: number;
  earnedCents: number;
  feesCents: number;
}

export function payPerContractMonth(db: Database): ContractMonthPay[] {
  return prepared<[], ContractMonthPay>(
    db,
    `WITH hours AS (
       SELECT contract_id, substr(date(day, '-6 days', 'weekday 1'), 1, 7) AS month, sum(seconds) AS seconds
         FROM work_entries WHERE contract_id IS NOT NULL AND seconds > 0 GROUP BY 1, 2),
     money AS (
       SELECT t.contract_id,
              substr(coalesce(t.work_week, date(t.occurred_at, 'weekday 0', '-6 days')), 1, 7) AS month,
              sum(CASE WHEN t.kind = 'service_fee' THEN 0 ELSE t.amount_cents END) AS earned,
              sum(CASE WHEN t.kind = 'service_fee' THEN t.amount_cents ELSE 0 END) AS fees
         FROM transactions t
        WHERE t.contract_id IN (SELECT DISTINCT contract_id FROM hours)
          AND (t.kind IN ${EARNINGS} OR t.kind = 'service_fee')
        GROUP BY 1, 2)
     SELECT contract_id AS contractId, month, sum(seconds) AS seconds, sum(earned) AS earnedCents,
            sum(fees) AS feesCents
       FROM (SELECT contract_id, month, seconds, 0 AS earned, 0 AS fees FROM hours
             UNION ALL SELECT contract_id, month, 0, earned, fees FROM money)
      GROUP BY 1, 2`,
  ).all();
}

export interface WonBy {
  contractId: number;
  jobType: string | null;
  category: string | null;
  /** JSON array of the proposal's skills. */
  skills: string;
}

/** What won each contract that has hours: its proposal's job type, category and skills. */
export function proposalsOfWorkedContracts(db: Database): WonBy[] {
  return prepared<[], WonBy>(
    db,
    `SELECT c.id AS contractId, p.job_type AS jobType, p.category,
            (SELECT json_group_array(s.skill) FROM proposal_skills s WHERE s.proposal_id = p.id) AS skills
       FROM contracts c JOIN proposals p ON p.id = c.proposal_id
      WHERE c.id IN (SELECT contract_id FROM work_entries WHERE contract_id IS NOT NULL AND seconds > 0)`,
  ).all();
}
