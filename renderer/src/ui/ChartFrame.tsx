import { useId, type ReactNode } from 'react';

/**
 * Every chart's frame: an image to assistive technology, named by its title and described by a
 * text summary (what the bars and lines say, in words) that only screen readers read. The
 * drawing inside is decoration to them; the tables beside the charts have every figure.
 */
export function ChartFrame({ label, summary, children }: { label: string; summary: string; children: ReactNode }) {
  const summaryId = useId();
  return (
    <div className="chart" role="img" aria-label={label} aria-describedby={summaryId}>
      <p id={summaryId} className="sr-only">
        {summary}
      </p>
      {children}
    </div>
  );
}
