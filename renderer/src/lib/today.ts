import { localDateOf, resolveTimeZone } from '@shared/metrics/weeks';
import { now } from './clock';

/** Today's date in the computer's zone, "YYYY-MM-DD", for date inputs. */
export function today(): string {
  return localDateOf(now(), resolveTimeZone(''));
}
