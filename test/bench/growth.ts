import { round, type Figure } from './figures';

/**
 * `<name>_growth`: the figure at the largest size over the same figure at the smallest, e.g.
 * 1.1 when the dashboard takes 10% longer at 1,000,000 proposals than at 10,000. Flat is 1.
 */
export function growth(figures: readonly Figure[], name: string, target?: number): Figure[] {
  const measured = figures.filter((f) => f.name === name && f.size !== undefined);
  if (measured.length < 2) return [];
  const bySize = [...measured].sort((a, b) => a.size! - b.size!);
  const value = round(bySize.at(-1)!.value / bySize[0]!.value);
  return [{ name: `${name.replace(/_ms$/, '')}_growth`, value, ...(target !== undefined && { target }) }];
}
