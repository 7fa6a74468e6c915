import { readdirSync, readFileSync } from 'node:fs';

// Read from /proc (Linux only, like Debian's PostgreSQL): no ps, pgrep or ipcs to parse.

/** State letter and parent of a process (/proc/<pid>/stat), or undefined once it is gone. */
function processStat(pid: number): { state: string; ppid: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so cut after the last ")".
  const [state = '', ppid = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state, ppid: Number(ppid) };
}

/** A process that exists and is not a zombie (a zombie holds no port, file or shared memory). */
export function isAlive(pid: number): boolean {
  const stat = processStat(pid);
  return stat !== undefined && stat.state !== 'Z';
}

/** The live processes whose parent is `pid`. */
export function childPids(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((child) => processStat(child)?.ppid === pid && isAlive(child));
}

/** The System V shared memory segments that exist (/proc/sysvipc/shm), with the process that made each. */
export function sysvSegments(): { shmid: number; creator: number }[] {
  return readFileSync('/proc/sysvipc/shm', 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length > 4)
    .map((fields) => ({ shmid: Number(fields[1]), creator: Number(fields[4]) }));
}
