// Upwork writes dates in English whatever the browser's language: "Mar 12, 2019",
// "March 12, 2019", "Sept 5 2026".

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const CALENDAR_DATE =
  /^(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (\d{1,2}),? (\d{4})$/i;

/** Midnight UTC of the date `text` names, in ms; undefined for anything else (and for "Feb 30"). */
export function calendarDateUtc(text: string): number | undefined {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return undefined;
  const day = Number(match[2]);
  const midnight = Date.UTC(Number(match[3]), MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()), day);
  return new Date(midnight).getUTCDate() === day ? midnight : undefined;
}
