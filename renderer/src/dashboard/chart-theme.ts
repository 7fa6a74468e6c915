// Chart colours read from the CSS variables, so charts follow the light/dark theme.
export const chartColors = {
  accent: 'var(--accent)',
  muted: 'var(--muted)',
  text: 'var(--text)',
  grid: 'var(--border)',
  provisional: 'var(--warn)',
  secondary: 'var(--focus)',
  danger: 'var(--danger)',
  panel: 'var(--panel)',
};

/** jsdom has no layout: ResponsiveContainer starts from this size instead of 0×0. */
export const INITIAL_CHART_SIZE = { width: 720, height: 260 };

export const axisTick = { fill: 'var(--muted)', fontSize: 12 };

/** recharts' tooltip box in the theme's colours (its default is white in dark mode too). */
export const tooltipStyle = { background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' };
