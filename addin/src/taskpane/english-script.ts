/** Where the English tables' script is served: a hashed classic script (english.ts). */
export { default as ENGLISH_SCRIPT } from './english.ts?worker&url';
