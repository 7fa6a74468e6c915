import { localDateOf } from '@shared/metrics/weeks';
import { now } from './clock';

/** Today's date in `zone` (the user's: useUserZone), "YYYY-MM-DD", for date inputs. */
export function today(zone: string): string {
  return localDateOf(now(), zone);
}
