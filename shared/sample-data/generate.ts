import type { JobType, ProposalFields, ProposalSource, ProposalStatus, ProposalsBand } from '../domain/proposal';
import { SAMPLE_CATEGORIES, SAMPLE_CLIENTS, SAMPLE_COUNTRIES, SAMPLE_PROFILES, type SampleProfile } from './catalogue';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { samplePurchases, type SampleConnectsPurchase } from './connects';
import { seededRandom, type Random } from './random';

// A deterministic, realistic history of proposals for tests, the benchmark and "Try with
// sample data". Outcomes depend on the signals the insights break down (relevance of the
// profile's skills, source, boost, speed, competition, client quality, bid), volume follows
// the seasons, and each stage arrives after a plausible delay. Nothing after `end` happens:
// the newest proposals are still waiting, exactly like a real user's recent weeks.

export interface SampleOptions {
  seed: number;
  /** The history ends here (usually "now"). */
  end: string;
  weeks: number;
  /** Exactly this many proposals, spread over the weeks by season. */
  count: number;
  /** The plan's free Connects a month the purchases reckon with (the Settings default unless given). */
  freeConnectsPerMonth?: number;
}

export interface SampleEvent {
  status: ProposalStatus;
  occurredAt: string;
}

export interface SampleProposal {
  /** Index into `profiles`. */
  profile: number;
  fields: Omit<ProposalFields, 'profileId'>;
  /** Oldest first, starting with "sent" at fields.sentAt; strictly increasing times. */
  events: SampleEvent[];
}

export interface SampleData {
  profiles: readonly SampleProfile[];
  proposals: SampleProposal[];
  /** Connects packs bought along the way, so the balance adds up (connects.ts). */
  connects: SampleConnectsPurchase[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Fewer proposals around the year-end holidays and in August, more in January and September. */
export function seasonality(instant: number): number {
  const date = new Date(instant);
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if ((month === 11 && day >= 20) || (month === 0 && day <= 3)) return 0.45;
  const byMonth = [1.2, 1.1, 1.05, 1, 1, 0.95, 0.9, 0.8, 1.15, 1.1, 1.05, 0.9];
  return byMonth[month]!;
}

/** Splits `count` over weeks in proportion to their weights, summing exactly to `count`. */
export function allocate(count: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let carried = 0;
  let given = 0;
  return weights.map((w) => {
    carried += (count * w) / total;
    const upTo = Math.round(carried);
    const n = upTo - given;
    given = upTo;
    return n;
  });
}

const clamp = (p: number) => Math.min(0.97, Math.max(0.01, p));

interface Job {
  fields: Omit<ProposalFields, 'profileId'>;
  relevance: number;
}

function makeJob(random: Random, profile: SampleProfile, sentAt: number, serial: number): Job {
  // Profiles mostly bid in their own field, sometimes outside it.
  const ownCategories = SAMPLE_CATEGORIES.filter((c) => c.skills.some((s) => profile.skills.includes(s)));
  const category = random.chance(0.75)
    ? random.weighted(ownCategories.map((c) => [c, c.share] as const))
    : random.weighted(SAMPLE_CATEGORIES.map((c) => [c, c.share] as const));
  const skills = random.sample(category.skills, random.int(2, 5));
  const relevance = skills.filter((s) => profile.skills.includes(s)).length / skills.length;
  const source = random.weighted<ProposalSource>([
    ['search', 35],
    ['best_match', 30],
    ['most_recent', 20],
    ['invite', 10],
    ['other', 5],
  ]);
  const jobType = random.weighted<JobType>([
    ['hourly', 55],
    ['fixed', 45],
  ]);
  const bidCents =
    jobType === 'hourly'
      ? Math.round(random.logNormal(40, 1.6)) * 100
      : Math.max(50, Math.round(random.logNormal(700, 2.5) / 50) * 50) * 100;
  const invite = source === 'invite';
  const boostConnects = !invite && random.chance(0.18) ? random.int(1, 8) * 5 : 0;
  const hireRateNew = random.chance(0.3);
  const subject = random.pick(category.subjects);
  return {
    relevance,
    fields: {
      sentAt: new Date(sentAt).toISOString(),
      jobTitle: `${subject[0]!.toUpperCase()}${subject.slice(1)} for ${random.pick(SAMPLE_CLIENTS)}`,
      jobUrl: `https://www.upwork.com/jobs/~01${((serial * 2654435761) >>> 0).toString(16).padStart(8, '0')}${random.int(1000, 9999)}`,
      category: category.name,
      skills,
      jobType,
      bidCents,
      connectsSpent: invite ? 0 : random.pick([8, 12, 16, 16, 20, 24]),
      boostConnects,
      source,
      clientCountry: random.weighted(SAMPLE_COUNTRIES),
      clientPaymentVerified: random.chance(0.05) ? null : random.chance(0.82),
      clientHireRate: random.chance(0.05) ? null : hireRateNew ? 0 : random.int(10, 100),
      clientTotalSpentCents: random.chance(0.25) ? 0 : Math.round(random.logNormal(8000, 6)) * 100,
      clientRating: random.chance(0.35) ? null : Math.round((4 + random.next()) * 10) / 10,
      proposalsBand: random.weighted<ProposalsBand>([
        ['lt5', 12],
        ['5to10', 18],
        ['10to15', 18],
        ['15to20', 14],
        ['20to50', 26],
        ['50plus', 12],
      ]),
      minutesAfterPosting: invite ? null : Math.round(random.logNormal(150, 4)),
      coverLetter: random.chance(0.3)
        ? `Hi, I have built a ${subject} like this before. I would start with a short call to agree on scope, then deliver in small steps you can review.`
        : null,
      notes: null,
    },
  };
}

/** Probabilities of each next stage, from the job's signals. */
function chances(job: Job) {
  const f = job.fields;
  const invite = f.source === 'invite';
  const competition = { lt5: 0.12, '5to10': 0.07, '10to15': 0.03, '15to20': 0, '20to50': -0.06, '50plus': -0.12 }[
    f.proposalsBand ?? '15to20'
  ];
  const minutes = f.minutesAfterPosting ?? 600;
  const speed = minutes < 15 ? 0.14 : minutes < 60 ? 0.08 : minutes < 240 ? 0.02 : minutes < 1440 ? -0.04 : -0.1;
  const expensive = f.jobType === 'hourly' ? (f.bidCents ?? 0) > 9000 : (f.bidCents ?? 0) > 400000;
  const cheap = f.jobType === 'hourly' ? (f.bidCents ?? 0) < 2000 : (f.bidCents ?? 0) < 20000;
  return {
    view: clamp(
      0.2 +
        0.3 * job.relevance +
        (invite ? 0.45 : 0) +
        (f.boostConnects > 0 ? 0.12 : 0) +
        competition +
        speed +
        (f.clientPaymentVerified === false ? -0.1 : 0),
    ),
    interview: clamp(
      0.12 +
        0.25 * job.relevance +
        (invite ? 0.2 : 0) +
        ((f.clientHireRate ?? 0) >= 50 ? 0.08 : 0) +
        (expensive ? -0.06 : 0),
    ),
    offer: clamp(
      0.3 +
        0.15 * job.relevance +
        ((f.clientTotalSpentCents ?? 0) > 100000 ? 0.08 : -0.04) +
        (cheap ? 0.08 : 0) +
        (expensive ? -0.1 : 0),
    ),
    hire: 0.85,
  };
}

/** The status history, each stage a plausible delay after the previous one; nothing after `end`. */
function history(random: Random, job: Job, sentAt: number, end: number): SampleEvent[] {
  const events: SampleEvent[] = [{ status: 'sent', occurredAt: new Date(sentAt).toISOString() }];
  let at = sentAt;
  const add = (status: ProposalStatus, delay: number) => {
    // At least a minute later so the order of events never depends on a tie.
    at += Math.max(60_000, Math.round(delay));
    if (at > end) return false;
    events.push({ status, occurredAt: new Date(at).toISOString() });
    return true;
  };
  const p = chances(job);
  if (!random.chance(p.view)) {
    // Quiet for two weeks: some users mark it, others leave it as sent.
    if (random.chance(0.5)) add(random.chance(0.85) ? 'no_response' : 'job_closed', 14 * DAY + random.next() * 3 * DAY);
    return events;
  }
  if (!add('viewed', random.logNormal(10 * HOUR, 3))) return events;
  if (!random.chance(p.interview)) {
    if (random.chance(0.45)) add(random.chance(0.6) ? 'declined' : 'job_closed', random.logNormal(5 * DAY, 2));
    return events;
  }
  if (!add('interviewing', random.logNormal(1.5 * DAY, 2))) return events;
  if (!random.chance(p.offer)) {
    if (random.chance(0.7)) add(random.chance(0.85) ? 'declined' : 'withdrawn', random.logNormal(4 * DAY, 2));
    return events;
  }
  if (!add('offer', random.logNormal(2.5 * DAY, 1.8))) return events;
  if (random.chance(p.hire)) add('hired', random.logNormal(0.6 * DAY, 2));
  else add('withdrawn', random.logNormal(2 * DAY, 2));
  return events;
}

export function generateSample({
  seed,
  end,
  weeks,
  count,
  freeConnectsPerMonth = DEFAULT_SETTINGS.monthlyFreeConnects,
}: SampleOptions): SampleData {
  const random = seededRandom(seed);
  const endMs = Date.parse(end);
  const firstWeek = endMs - weeks * WEEK;
  const perWeek = allocate(
    count,
    Array.from({ length: weeks }, (_, w) => seasonality(firstWeek + w * WEEK + WEEK / 2)),
  );
  const profileWeights = SAMPLE_PROFILES.map((p, i) => [i, p.share] as const);
  const proposals: SampleProposal[] = [];
  perWeek.forEach((n, w) => {
    const times = Array.from({ length: n }, () => Math.floor(firstWeek + (w + random.next()) * WEEK)).sort(
      (a, b) => a - b,
    );
    for (const sentAt of times) {
      const profile = random.weighted(profileWeights);
      const job = makeJob(random, SAMPLE_PROFILES[profile]!, sentAt, proposals.length + 1);
      proposals.push({ profile, fields: job.fields, events: history(random, job, sentAt, endMs) });
    }
  });
  return {
    profiles: SAMPLE_PROFILES,
    proposals,
    connects: samplePurchases(proposals, firstWeek, weeks, freeConnectsPerMonth),
  };
}
