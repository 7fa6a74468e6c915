import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '@shared/domain/proposal';
import { formatCalendarDate, formatMoney, formatNumber } from '@shared/format';
import { initI18n } from '@renderer/i18n';
import type { useFormat } from '@renderer/hooks/use-format';
import { jobClientFacts } from '@renderer/proposals/job-client-facts';

/** The detail's "Job and client" rows that have a value, as label -> text, in a language. */
async function factsOf(fields: Partial<Proposal>, language = 'en') {
  const i18n = await initI18n(language, i18next.createInstance());
  const options = { locale: language, timeZone: 'UTC' };
  const format = {
    money: (cents: number) => formatMoney(cents, options),
    number: (n: number) => formatNumber(n, options),
    calendarDate: (localDate: string) => formatCalendarDate(localDate, options),
  } as ReturnType<typeof useFormat>;
  const blank = {
    experienceLevel: null,
    projectLength: null,
    clientReviewCount: null,
    clientJobsPosted: null,
    clientOpenJobs: null,
    clientHires: null,
    clientMemberSince: null,
    hourlyMinCents: null,
    hourlyMaxCents: null,
    fixedBudgetCents: null,
    projectType: null,
    connectsRequired: null,
    clientActiveHires: null,
  };
  const proposal = { ...blank, ...fields } as Proposal;
  return Object.fromEntries(jobClientFacts(proposal, i18n.t, format).filter(([, v]) => v));
}

describe("the proposal detail's job and client rows (migration 14's fields)", () => {
  it("shows the job's price as posted, its type, the Connects it asks and the client's active hires", async () => {
    expect(
      await factsOf({
        hourlyMinCents: 2500,
        hourlyMaxCents: 5050,
        projectType: 'one_time',
        connectsRequired: 16,
        clientActiveHires: 3,
      }),
    ).toEqual({
      "Job's hourly rate": '$25–$50.50 an hour',
      'Project type': 'One-time project',
      'Connects the job asks': '16',
      "Client's active hires": '3',
    });
    expect(await factsOf({ fixedBudgetCents: 150_000 })).toEqual({ "Job's fixed budget": '$1,500' });
  });

  it('says one rate, or the one end the post gave, as such', async () => {
    expect(await factsOf({ hourlyMinCents: 4000, hourlyMaxCents: 4000 })).toEqual({
      "Job's hourly rate": '$40 an hour',
    });
    expect(await factsOf({ hourlyMinCents: 4000 })).toEqual({ "Job's hourly rate": 'From $40 an hour' });
    expect(await factsOf({ hourlyMaxCents: 4000 })).toEqual({ "Job's hourly rate": 'Up to $40 an hour' });
  });

  it('reads in Chinese', async () => {
    expect(await factsOf({ hourlyMinCents: 2500, hourlyMaxCents: 5000, projectType: 'ongoing' }, 'zh-CN')).toEqual({
      职位时薪: '每小时 US$25–US$50',
      项目类型: '长期项目',
    });
  });
});
