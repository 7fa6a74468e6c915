import { calendarDateUtc } from './calendar-date';
import { readCount, readDollarsAsCents, readNumber } from './numbers';
import type { Readings } from './readings';

// The "About the client" card: verification, rating, where the client is, and their history.

/** A figure as any browser groups it: "23", "1,234", "1.234", "1 234". */
const COUNT = "(\\d[\\d.,' \\u2019]{0,14}?)";

const PAYMENT: readonly (readonly [RegExp, boolean])[] = [
  [/^payment (?:method )?verified$/i, true],
  [/^payment (?:method )?(?:not verified|unverified)$/i, false],
];
const REVIEWS = new RegExp(`^(\\d[\\d.,]{0,5}) of ${COUNT} reviews?$`, 'i');
const RATING_IS = /^Rating is (\d[\d.,]{0,5}) out of 5\.?$/i;
const JOBS_POSTED = new RegExp(`^${COUNT} jobs? posted$`, 'i');
const HIRE_RATE = new RegExp(`^(\\d{1,3}) ?% hire rate(?:, ?${COUNT} open jobs?)?$`, 'i');
const OPEN_JOBS = new RegExp(`^${COUNT} open jobs?$`, 'i');
const SPENT = /^(.{1,30}?) (?:total )?spent$/i;
const HIRES = new RegExp(`^${COUNT} hires?(?:, ?${COUNT} active)?$`, 'i');
const MEMBER_SINCE = /^Member since (.{1,30})$/i;
/** The client's local time, after their city if the page shows it: "Las Vegas5:12 PM", "12:42 AM", "Berlin 17:12". */
const LOCAL_TIME = /^\D{0,60}?\d{1,2}:\d{2}(?: ?[ap]\.? ?m\.?)?$/i;
/** A place name: letters, spaces and the punctuation of "Côte d'Ivoire" or "Bosnia & Herzegovina". */
const PLACE = /^\p{L}[\p{L}\p{M} .,'\u2019()&-]{1,59}$/u;
/** Card lines that can sit right above the local time when the country is missing. */
const NOT_A_PLACE = /verified|reviews?$|^rating|^member since|^about the client/i;

/** Upwork (then oDesk and Elance) has had clients since the late 1990s. */
const EARLIEST_MEMBER = Date.UTC(1998, 0, 1);
/** A date is "today" somewhere up to a day ahead of UTC. */
const DAY = 86_400_000;

const rating = (text: string) => {
  const stars = readNumber(text, 2);
  return stars !== undefined && stars <= 5 ? stars : undefined;
};
const percent = (text: string) => (Number(text) <= 100 ? Number(text) : undefined);

export function readClient(lines: readonly string[], now: number, readings: Readings): void {
  const rounded: number[] = [];
  lines.forEach((line, i) => {
    readings.add('clientPaymentVerified', PAYMENT.find(([pattern]) => pattern.test(line))?.[1]);

    const reviews = REVIEWS.exec(line);
    if (reviews) {
      const count = readCount(reviews[2]!);
      readings.add('clientReviewCount', count);
      // "0.00 of 0 reviews" is no rating yet, not a rating of zero.
      if (count) readings.add('clientRating', rating(reviews[1]!));
    }
    const ratingIs = RATING_IS.exec(line)?.[1];
    const stars = ratingIs === undefined ? undefined : rating(ratingIs);
    if (stars) rounded.push(stars);

    readings.add('clientJobsPosted', readCount(JOBS_POSTED.exec(line)?.[1] ?? ''));
    const hireRate = HIRE_RATE.exec(line);
    if (hireRate) {
      readings.add('clientHireRate', percent(hireRate[1]!));
      readings.add('clientOpenJobs', readCount(hireRate[2] ?? ''));
    }
    readings.add('clientOpenJobs', readCount(OPEN_JOBS.exec(line)?.[1] ?? ''));
    readings.add('clientTotalSpentCents', readDollarsAsCents(SPENT.exec(line)?.[1] ?? ''));
    const hires = HIRES.exec(line);
    if (hires) {
      readings.add('clientHires', readCount(hires[1]!));
      readings.add('clientActiveHires', readCount(hires[2] ?? ''));
    }
    readings.add('clientMemberSince', memberSince(MEMBER_SINCE.exec(line)?.[1], now));

    const above = lines[i - 1];
    if (LOCAL_TIME.test(line) && above !== undefined && PLACE.test(above) && !NOT_A_PLACE.test(above)) {
      readings.add('clientCountry', above);
    }
  });
  // "Rating is 4.9 out of 5." rounds what "4.85 of 12 reviews" says exactly: the exact one wins.
  if (!readings.has('clientRating')) readings.addAll('clientRating', rounded);
}

function memberSince(text: string | undefined, now: number): string | undefined {
  const midnight = text === undefined ? undefined : calendarDateUtc(text);
  if (midnight === undefined || midnight < EARLIEST_MEMBER || midnight > now + DAY) return undefined;
  return new Date(midnight).toISOString().slice(0, 10);
}
