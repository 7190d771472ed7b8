import { build } from 'esbuild';

/** A fake host's entry as one classic script, built from the same fakes the Node tests use. */
export async function classicScript(entry: URL): Promise<string> {
  const result = await build({
    entryPoints: [entry.pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced nothing for ${entry.pathname}`);
  return output.text;
}

/** The office.js stand-in. */
export const officeShimScript = (): Promise<string> => classicScript(new URL('./office-shim.ts', import.meta.url));
