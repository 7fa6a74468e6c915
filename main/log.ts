import type { Logger } from './ipc/invoke';

/** Console logging for now; main's stdout goes to the terminal in development. */
export const consoleLogger: Logger = {
  warn: (message, details) => console.warn(`[bidwell] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[bidwell] ${message}`, details ?? ''),
};
