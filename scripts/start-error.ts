/** A failure to bring the system up, worded for the person at the terminal in Chinese and English. */
export class StartError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly detail?: string,
  ) {
    super(`${zh} / ${en}${detail ? `\n${detail}` : ''}`);
    this.name = 'StartError';
  }
}
