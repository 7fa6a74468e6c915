import type { JobPostField, JobPostFields, JobPostParse } from './fields';

/**
 * Every value each field was read as, wherever on the page. One value (however often seen) fills
 * the field; two different ones leave it blank and listed as ambiguous: picking one would be a guess.
 */
export class Readings {
  private readonly values = new Map<JobPostField, Map<string, unknown>>();

  add<K extends JobPostField>(field: K, value: JobPostFields[K] | undefined): void {
    if (value === undefined) return;
    const seen = this.values.get(field) ?? new Map<string, unknown>();
    seen.set(JSON.stringify(value), value);
    this.values.set(field, seen);
  }

  addAll<K extends JobPostField>(field: K, values: readonly (JobPostFields[K] | undefined)[]): void {
    for (const value of values) this.add(field, value);
  }

  has(field: JobPostField): boolean {
    return this.values.has(field);
  }

  result(): JobPostParse {
    const fields: JobPostFields = {};
    const ambiguous: JobPostField[] = [];
    for (const [field, seen] of this.values) {
      if (seen.size === 1) Object.assign(fields, { [field]: [...seen.values()][0] });
      else ambiguous.push(field);
    }
    return { fields, ambiguous: ambiguous.sort() };
  }
}
