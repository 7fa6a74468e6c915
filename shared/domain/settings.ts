// User settings. Stored one JSON value per key in the settings table; a missing key means the default.

export const WEEK_STARTS = ['monday', 'sunday', 'saturday'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];

export interface Settings {
  /** First day of the week for weekly figures. Monday by default (ISO weeks). */
  weekStart: WeekStart;
  /** IANA zone the weeks are cut in; "" means the computer's zone. */
  timeZone: string;
}

export const DEFAULT_SETTINGS: Settings = {
  weekStart: 'monday',
  timeZone: '',
};
