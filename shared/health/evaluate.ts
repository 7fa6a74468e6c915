import type { HealthInput, HealthStatus } from '../domain/health';
import { lowConversion, volumeWithoutIncome } from './conversion-rules';
import { jssRule } from './jss';
import { worstLevel } from './levels';
import { lowViewRate, ratioDrop } from './weekly-rules';

/** Every rule, in the order the Health screen lists them; the overall level is the worst one. */
export const RULES = [lowConversion, volumeWithoutIncome, ratioDrop, lowViewRate, jssRule] as const;

export function evaluateHealth(input: HealthInput): HealthStatus {
  const findings = RULES.map((rule) => rule(input));
  return { overall: worstLevel(findings.map((f) => f.level)), judged: findings.some((f) => f.judged), findings };
}
