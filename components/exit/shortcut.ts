import { browser } from 'wxt/browser';

/** The keyboard command's name in the manifest (wxt.config.ts) and in the worker's listener. */
export const EXIT_COMMAND = 'go-to-page';

/**
 * The key the user has for the exit command, as the browser shows it (e.g. "Alt+Shift+Q"):
 * `''` when no key is set (the user or the browser removed it, or another extension took it),
 * `undefined` when the browser would not say.
 */
export async function readExitShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((candidate) => candidate.name === EXIT_COMMAND);
    return command ? (command.shortcut ?? '') : undefined;
  } catch {
    return undefined;
  }
}
