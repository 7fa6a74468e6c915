// The weekly review (issue 11): when it comes, stored with the other settings (one key each).

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ReviewSettings {
  /** OS notification with last week's figures when the review comes round. */
  reviewNotifications: boolean;
  /** The day and local time (in the weeks' zone) of the review: Monday 09:00, the week's first morning. */
  reviewDay: Weekday;
  /** "HH:MM", 24-hour. */
  reviewTime: string;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  reviewNotifications: true,
  reviewDay: 'monday',
  reviewTime: '09:00',
};

/** Why a week report could not be written: each asks the user to do something different. */
export type WeekPdfProblem = 'diskFull' | 'noPermission' | 'other';

/** What "Save as PDF" on the week review came to. */
export type WeekPdfResult =
  | { status: 'saved'; path: string }
  /** The user closed the save dialog: nothing to say. */
  | { status: 'cancelled' }
  | { status: 'failed'; path: string; problem: WeekPdfProblem; detail: string };
