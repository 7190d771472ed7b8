/// <reference lib="webworker" />
/**
 * The polyfill script inside a classic worker, which the page's copy never reaches, where a built-in
 * is missing. A module of its own, imported first: a bundle runs its imports' top-level code before
 * the importer's own.
 */
import { lacksBuiltIns } from './lacks-built-ins.ts';
import { POLYFILLS_URL } from './polyfills-url.ts';

if (lacksBuiltIns(self)) importScripts(POLYFILLS_URL);
