import { table } from './measure.ts';

/**
 * One figure of issue 15 as the run measured it: the subject and the floor or peer it is
 * set against, both from this run, so the ratio holds on a loaded machine where the times
 * do not. `goal` is the ratio the issue asks for, or undefined where it only asks for the figure.
 */
export interface GoalFigure {
  readonly figure: string;
  readonly subject: string;
  readonly against: string;
  readonly ratio: number;
  readonly goal?: number;
}

/** Workers' memory per isolate (developers.cloudflare.com/workers/platform/limits/): what the heaps are set against. */
export const ISOLATE_MB = 128;

const figures: GoalFigure[] = [];

/** Each benchmark records the figures it measured; `printGoals` lists them at the end of the run. */
export function recordGoal(figure: GoalFigure): void {
  figures.push(figure);
}

export function printGoals(): void {
  console.log('\n目标一览（本次运行中测得，比值 = 被测 ÷ 基线或同类）');
  console.log(
    table(
      ['figure', 'measured', 'against', 'ratio', 'goal', ''],
      figures.map((f) => [
        f.figure,
        f.subject,
        f.against,
        `${f.ratio.toFixed(2)}×`,
        f.goal === undefined ? '—' : `≤ ${f.goal}×`,
        f.goal === undefined ? '' : f.ratio <= f.goal ? 'met' : 'NOT MET',
      ]),
    ),
  );
}
