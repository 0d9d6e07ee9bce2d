/**
 * A content file that cannot be used. The build stops on it and prints `file: where: reason`,
 * so whoever edited the file sees at once what to fix.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly where?: string,
  ) {
    super(`${file}${where ? `: ${where}` : ''}: ${reason}`);
    this.name = 'ContentError';
  }
}
