import { classicScript } from '../office-fake/bundle.ts';

/** The WPS stand-in, injected before the pane's own scripts. */
export const etShimScript = (): Promise<string> => classicScript(new URL('./et-shim.ts', import.meta.url));
