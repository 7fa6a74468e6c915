// A long Upwork transaction history in the 19-column layout: each payment an hourly row and its
// fee row, six hours apart from 2024-01-01 on.

const HEADER =
  'Date,Transaction ID,Transaction Type,Transaction Summary,Transaction Summary Details,Description 1,Description 2,Description 3,Agency,Freelancer,Team,Account Name,PO,Ref ID,Amount $,Amount in local currency,Currency,Current Balance $,Payment Method';

export function upworkHistory(payments: number): string {
  const rows: string[] = [];
  for (let i = 0; i < payments; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 6 * 3_600_000);
    const date = `"${day.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}"`;
    rows.push(`${date},9${i},Hourly,Invoice ${i},Acme,React work,,,,Dana,Acme,Dana,,${i},100.00,100.00,USD,0,`);
    rows.push(`${date},9${i},Service Fee,Service Fee,Acme,React work,,,,Dana,Acme,Dana,,${i},-10.00,-10.00,USD,0,`);
  }
  return `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
}
