/// <reference lib="webworker" />
/**
 * The polyfill script inside a classic worker, which the page's copy never reaches. A module of its
 * own, imported first: a bundle runs its imports' top-level code before the importer's own.
 */
import { POLYFILLS_URL } from './polyfills-url.ts';

importScripts(POLYFILLS_URL);
