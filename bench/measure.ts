import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A plain-text table whose columns line up in a terminal, CJK text included. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  const line = (r: readonly string[]): string =>
    r.map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - width(cell))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * This process's peak resident memory in bytes: the kernel's high-water mark of its own address
 * space (VmHWM). Not `process.resourceUsage().maxRSS` (getrusage): on Linux a child's maxRSS
 * starts at its parent's resident size when it was forked, so every child of a bench that has
 * grown to 230 MB reported at least 230 MB, the empty process and openpyxl included.
 */
export function peakRssBytes(): number {
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  if (kib === undefined) throw new Error('no VmHWM in /proc/self/status: peak RSS is measured on Linux');
  return Number(kib) * 1024;
}

/**
 * A bench file run again as a child of its own under tsx (`flags` for Node), its stdout parsed
 * as JSON: measured in a fresh process, with nothing on its heap from the benchmarks before it.
 */
export function benchChild<T>(file: string, args: readonly string[], flags: readonly string[] = []): T {
  const out = execFileSync(process.execPath, [...flags, '--import', 'tsx', file, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}
