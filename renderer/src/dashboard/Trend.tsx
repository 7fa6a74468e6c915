import { useTranslation } from 'react-i18next';

interface TrendProps {
  current: number | null;
  before: number | null;
  /** Text for the earlier value, e.g. "12 a week on average before". */
  text: string;
  /** Whether a rise is good news (colours the arrow); null for volumes, which are neither. */
  riseIsGood?: boolean | null;
  /** The figure can still change (the week is under way, or its outcomes still coming): no arrow, no colour. */
  provisional?: boolean;
}

/** ▲/▼ against the trailing weeks, with the earlier value spelled out (never colour alone). */
export function Trend({ current, before, text, riseIsGood = true, provisional = false }: TrendProps) {
  const { t } = useTranslation();
  if (current === null || before === null) return <p className="tile-compare muted">{t('dashboard.noBaseline')}</p>;
  // Half a week against whole weeks always "falls": an arrow would call it bad news too early.
  if (provisional) return <p className="tile-compare muted">{text}</p>;
  const direction = current > before ? 'up' : current < before ? 'down' : 'flat';
  const tone = direction === 'flat' || riseIsGood === null ? '' : (direction === 'up') === riseIsGood ? 'good' : 'bad';
  return (
    <p className={`tile-compare ${tone}`}>
      {direction !== 'flat' && <span aria-label={t(`dashboard.${direction}`)}>{direction === 'up' ? '▲' : '▼'} </span>}
      {text}
    </p>
  );
}
