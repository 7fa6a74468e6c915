import { localDateOf, resolveTimeZone } from '../../../shared/metrics/weeks';

/** Today's date in the computer's zone, "YYYY-MM-DD", for date inputs. */
export function today(): string {
  return localDateOf(new Date(), resolveTimeZone(''));
}
