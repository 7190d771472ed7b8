import { build } from 'esbuild';

/** The office.js stand-in as one classic script, built from the same fake host the Node tests use. */
export async function officeShimScript(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./office-shim.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no office shim');
  return output.text;
}
