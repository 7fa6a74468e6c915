/** Where main's warnings and errors go; an interface so tests can listen or stay silent. */
export interface Logger {
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

/** Console logging for now; main's stdout goes to the terminal in development. */
export const consoleLogger: Logger = {
  warn: (message, details) => console.warn(`[bidwell] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[bidwell] ${message}`, details ?? ''),
};
