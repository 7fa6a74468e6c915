/**
 * Resolves in a later task, after every effect of the current render has run. Main answers
 * calls in the order they arrive, so a read that can wait (the health banner's check, slower
 * than the dashboard at 100,000 proposals) asked this way lets the screen's own data go first.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
