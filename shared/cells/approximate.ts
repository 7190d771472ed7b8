/**
 * A count typed as an estimate (`1200余人`, `约1200人`): work reports write figures so, and
 * clerks copy them. It reads as its number, with a warning that asks for the exact figure.
 */
export class ApproximateCount {
  constructor(readonly count: number) {}
}
