import { ENGLISH_SCRIPT } from './english-script.ts';
import { type EnglishTables, englishSet } from './english-tables.ts';

/** The English tables, loaded by a script element when the pane first needs them (an English Excel). */
export function loadEnglish(): Promise<EnglishTables> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = ENGLISH_SCRIPT;
    script.onload = () => {
      try {
        resolve(englishSet(ENGLISH_SCRIPT));
      } catch (error) {
        reject(error);
      }
    };
    script.onerror = () => reject(new Error(`${ENGLISH_SCRIPT} did not load`));
    document.head.append(script);
  });
}
