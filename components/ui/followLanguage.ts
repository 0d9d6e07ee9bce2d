import { loadMessagesModule } from 'virtual:languages/loaders';
import { browserLanguage, LANGUAGES, SHELL_COPY, switchLanguage } from './language';
import { languageChoice } from './languageChoice';

/** How long a page waits for the stored choice before it starts in the browser's language. */
const READ_TIMEOUT_MS = 300;

/** Loads a language's strings and makes it this page's language. */
export async function speak(language: string): Promise<void> {
  const load = loadMessagesModule[language] ?? loadMessagesModule[LANGUAGES[0] as string];
  const { default: messages } = await (load as NonNullable<typeof load>)();
  switchLanguage(language, messages);
}

/** The choice, or the browser's language; a storage that fails or hangs reads as no choice. */
async function chosenLanguage(): Promise<string> {
  const noAnswer = new Promise<null>((resolve) => setTimeout(() => resolve(null), READ_TIMEOUT_MS));
  const choice = await Promise.race([languageChoice.get(), noAnswer]);
  keepShellCopy(choice);
  return choice ?? browserLanguage();
}

function keepShellCopy(choice: string | null): void {
  try {
    if (choice === null) localStorage.removeItem(SHELL_COPY);
    else localStorage.setItem(SHELL_COPY, choice);
  } catch {
    // No localStorage (a worker, a browser that refuses it): the shell then uses the browser's language.
  }
}

/**
 * A page's start: speak the chosen language, then follow the choice as it changes (in this page or
 * another). Resolves once the first language's strings are in, so the page renders in it.
 */
export async function followLanguageChoice(): Promise<() => void> {
  const stop = languageChoice.watch((choice) => {
    keepShellCopy(choice);
    void speak(choice ?? browserLanguage());
  });
  await speak(await chosenLanguage());
  return stop;
}
