import type { HealthLevel } from '../domain/health';

const RANK: Record<HealthLevel, number> = { ok: 0, watch: 1, at_risk: 2 };

export function levelRank(level: HealthLevel): number {
  return RANK[level];
}

export function worstLevel(levels: readonly HealthLevel[]): HealthLevel {
  return levels.reduce<HealthLevel>((worst, level) => (RANK[level] > RANK[worst] ? level : worst), 'ok');
}

/** True when `next` is worse than `previous` (ok -> watch, watch -> at_risk, ok -> at_risk). */
export function isWorse(next: HealthLevel, previous: HealthLevel): boolean {
  return RANK[next] > RANK[previous];
}
