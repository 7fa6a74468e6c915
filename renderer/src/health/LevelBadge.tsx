import { useTranslation } from 'react-i18next';
import type { HealthLevel } from '@shared/domain/health';

/** The level as a word and a colour; the word carries the meaning, the colour only repeats it. */
export function LevelBadge({ level }: { level: HealthLevel }) {
  const { t } = useTranslation();
  return <span className={`level level-${level}`}>{t(`health.levels.${level}`)}</span>;
}
