import { defineSetting } from './defineSetting';
import { LANGUAGES } from './language';

/**
 * The stored choice of language; `null` = follow the browser. The only thing about language that
 * is stored. Its own file, free of the language modules' loaders, so the worker can read it.
 */
export const languageChoice = defineSetting<string | null>('local:language', null, (raw) =>
  LANGUAGES.find((language) => language === raw),
);
