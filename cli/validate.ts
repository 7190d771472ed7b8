/** `npm run --silent validate -- <file.xlsx>... [--year YYYY] [--json]`: the engine on workbooks on disk. */
import { type CliOptions, parseCliArgs, USAGE, UsageError } from './args.ts';
import { checkFile } from './check-file.ts';
import { cutNotes, exitCode, formatReports, toJson } from './report.ts';

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  const reports = [];
  for (const file of options.files) reports.push(await checkFile(file, options));
  process.stdout.write(`${options.json ? toJson(reports) : formatReports(reports)}\n`);
  if (options.json) for (const line of cutNotes(reports)) process.stderr.write(`${line}\n`);
  const [first] = reports;
  if (options.annotate !== null && first) {
    // Loaded only when asked for, so a plain check starts as fast as it did.
    const { annotateFile } = await import('./annotate-file.ts');
    const { ok, line } = await annotateFile(first, options.annotate);
    process.stderr.write(`${line}\n`);
    if (!ok) return 2;
  }
  return exitCode(reports);
}

process.exitCode = await main(process.argv.slice(2));
