/** Where core reports what went wrong; main.ts passes the console, tests a recorder. */
export interface Logger {
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message, details) => console.info(`[presence] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[presence] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[presence] ${message}`, details ?? ''),
};
