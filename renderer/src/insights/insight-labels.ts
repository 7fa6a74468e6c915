import type { TFunction } from 'i18next';
import type { InsightDimension } from '@shared/domain/insights';
import { findBand } from '@shared/metrics/bands';

interface Formatters {
  money: (cents: number) => string;
  number: (value: number) => string;
}

function minutes(value: number, t: TFunction, f: Formatters): string {
  if (value < 60) return t('insights.band.units.minutes', { value: f.number(value) });
  if (value < 1440) return t('insights.band.units.hours', { value: f.number(value / 60) });
  return t('insights.band.units.days', { value: f.number(value / 1440) });
}

/** A band key ("hourly:2000") as words ("$20 to $40 /hr"), bounds formatted for the unit. */
function bandLabel(key: string, t: TFunction, f: Formatters): string {
  const band = findBand(key);
  if (!band) return key;
  const [prefix] = key.split(':');
  const unit = (v: number) =>
    prefix === 'minutes' ? minutes(v, t, f) : prefix === 'hireRate' ? `${f.number(v)}%` : f.money(v);
  if (prefix === 'hireRate' && band.min === 0) return t('insights.band.hireRateNone');
  if (prefix === 'spend' && band.min === 0) return t('insights.band.spendNone');
  const range =
    band.max === null
      ? t('insights.band.above', { min: unit(band.min) })
      : band.min === 0
        ? t('insights.band.below', { max: unit(band.max) })
        : t('insights.band.between', { min: unit(band.min), max: unit(band.max) });
  if (prefix === 'hourly') return t('insights.band.hourly', { range });
  if (prefix === 'fixed') return t('insights.band.fixed', { range });
  return range;
}

/** What a group's value means to a person, per dimension. Free text (skills, categories) shows as typed. */
export function insightLabel(dimension: InsightDimension, value: string, t: TFunction, f: Formatters): string {
  switch (dimension) {
    case 'source':
      return t(`proposals.source.${value}`, { defaultValue: value });
    case 'jobType':
      return t(`proposals.jobType.${value}`, { defaultValue: value });
    case 'proposalsBand':
      return t('proposals.band.' + value, { defaultValue: value });
    case 'paymentVerified':
      return value === 'yes' ? t('insights.yes') : t('insights.no');
    case 'boosted':
      return value === 'yes' ? t('insights.boostedYes') : t('insights.boostedNo');
    case 'bid':
    case 'clientHireRate':
    case 'clientSpend':
    case 'speed':
      return bandLabel(value, t, f);
    default:
      return value;
  }
}
