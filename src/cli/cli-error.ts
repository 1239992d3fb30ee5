/** A mistake of the user's (bad arguments, unreadable file): one Vietnamese line on stderr, never a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

/** Exit code of bad arguments, distinct from an unreadable workbook (1). */
export const USAGE_EXIT = 2;
