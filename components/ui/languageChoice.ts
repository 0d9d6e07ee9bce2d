import { defineSetting } from './defineSetting';
import { browserLanguage, LANGUAGES, SHELL_COPY, speak } from './language';

/** The stored choice of language; `null` = follow the browser. The only thing about language that is stored. */
export const languageChoice = defineSetting<string | null>('local:language', null, (raw) =>
  LANGUAGES.find((language) => language === raw),
);

/** How long a page waits for the stored choice before it starts in the browser's language. */
const READ_TIMEOUT_MS = 300;

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
