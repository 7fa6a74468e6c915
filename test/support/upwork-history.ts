// Long Upwork exports made up for tests and the bench: a transaction history in either layout
// (each payment an hourly row and its fee row, six hours apart from 2024-01-01 on), and a
// Weekly Summary (one row per contract and day, hourly mostly, a fixed-price payment or a bonus
// now and then).

const HEADER_19 =
  'Date,Transaction ID,Transaction Type,Transaction Summary,Transaction Summary Details,Description 1,Description 2,Description 3,Agency,Freelancer,Team,Account Name,PO,Ref ID,Amount $,Amount in local currency,Currency,Current Balance $,Payment Method';
const HEADER_13 =
  '"Date","Ref ID","Type","Description","Agency","Freelancer","Team","Account Name","PO","Amount","Amount in local currency","Currency","Balance"';

const DAY_MS = 86_400_000;

function shortDate(time: number): string {
  return new Date(time).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function upworkHistory(payments: number, layout: 'upwork19' | 'upwork13' = 'upwork19'): string {
  const rows: string[] = [];
  for (let i = 0; i < payments; i++) {
    const date = `"${shortDate(Date.UTC(2024, 0, 1) + i * 6 * 3_600_000)}"`;
    if (layout === 'upwork19') {
      rows.push(`${date},9${i},Hourly,Invoice ${i},Acme,React work,,,,Dana,Acme,Dana,,${i},100.00,100.00,USD,0,`);
      rows.push(`${date},9${i},Service Fee,Service Fee,Acme,React work,,,,Dana,Acme,Dana,,${i},-10.00,-10.00,USD,0,`);
    } else {
      rows.push(
        `${date},"8${i}","Hourly","Invoice ${i} - React work","","Dana","Acme","Dana","","$100.00","$100.00","USD","$0.00"`,
      );
      rows.push(
        `${date},"7${i}","Service Fee","Service Fee for Hourly - Ref ID 8${i}","","Dana","Acme","Dana","","-$10.00","-$10.00","USD","$0.00"`,
      );
    }
  }
  const header = layout === 'upwork19' ? HEADER_19 : HEADER_13;
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

/**
 * A Weekly Summary of `rows` rows over `contracts` contracts, every value quoted as Upwork does:
 * contract k ("Contract k (7000000k)") logs 2.5 hours a day at $40 an hour from 2010-01-01 on, one
 * day after another; every 20th row of a contract is a $300 fixed-price payment instead, every
 * 50th a $25 bonus.
 */
export function weeklySummary(rows: number, contracts = 20): string {
  const lines = ['"Date","Contract","Hours","Amount","Payment type"'];
  for (let i = 0; i < rows; i++) {
    const contract = i % contracts;
    const n = Math.floor(i / contracts);
    const day = new Date(Date.UTC(2010, 0, 1) + n * DAY_MS).toISOString().slice(0, 10);
    const name = `"Contract ${contract} (${70_000_000 + contract})"`;
    if (n % 50 === 49) lines.push(`"${day}",${name},"","25.00","Bonus"`);
    else if (n % 20 === 19) lines.push(`"${day}",${name},"","300.00","Fixed Price Payment"`);
    else lines.push(`"${day}",${name},"2.50000","100.00",""`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
