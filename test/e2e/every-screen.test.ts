import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishLeft, pageTexts, storedTexts } from './english-text';
import type { RunningApp } from './harness';
import { leave, settled, startOnSampleData, VIEWS } from './screen-tour';

// Every view (test/e2e/screen-tour.ts) in both languages and both themes, on a year of sample
// data: axe-core finds no serious or critical violation, and (in Chinese) no English is left
// outside product names and the user's own data. Screenshots of the Chinese views, light and
// dark, land in test-results/screenshots/zh-<view>-<theme>.png for a person to look at.

const RUNS = (['en-US', 'zh-CN'] as const).flatMap((language) =>
  (['light', 'dark'] as const).map((theme) => [language, theme] as const),
);

const counts: string[] = [];

// The figures the issue asks for, one line per view, theme and language.
afterAll(() => {
  if (counts.length) console.log(`axe-core violations per view, theme and language:\n${counts.join('\n')}`);
});

describe.each(RUNS)('every view in %s, %s theme', (language, theme) => {
  let app: RunningApp;
  let data: string[];
  beforeAll(async () => {
    app = await startOnSampleData(language, theme);
    data = storedTexts(app.db);
  });
  afterAll(() => app.close());

  it.each(VIEWS)(
    '$name',
    async (view) => {
      await view.open(app);
      await settled(app.page);
      const { violations } = await new AxeBuilder({ page: app.page }).analyze();
      const nodes = (impact: string) =>
        violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
      // The rules behind any count, so a moderate or minor one can be found without a rerun.
      const rules = [...new Set(violations.map((v) => v.id))].join(', ');
      counts.push(
        `${view.name.padEnd(12)} ${theme.padEnd(5)} ${language.padEnd(5)}  ` +
          ['critical', 'serious', 'moderate', 'minor'].map((impact) => `${impact} ${nodes(impact)}`).join('  ') +
          (rules ? `  (${rules})` : ''),
      );
      const problems = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((node) => `${v.id} at ${node.target.join(' ')}: ${node.failureSummary}`));
      if (language === 'zh-CN') {
        problems.push(...englishLeft(await pageTexts(app.page), data).map((text) => `English: "${text}"`));
        await app.screenshot(`zh-${view.name}-${theme}`);
      }
      await leave(app.page);
      expect(problems).toEqual([]);
      // axe over a long list takes a while on a busy machine.
    },
    120_000,
  );
});
