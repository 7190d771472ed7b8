/**
 * Which version of a unit-year the exports count, in the words the 汇总 and the dashboard both
 * use. A returned version is not counted until it is corrected, so the newest version not
 * returned stands in, and the reader is told: "第1版（第2版已退回，待重报）".
 */
export interface CountedVersion {
  /** The newest version not returned, counted in every figure; null when there is none. */
  readonly counted: number | null;
  /** The newest version when it was returned (awaiting resubmission); null otherwise. */
  readonly returned: number | null;
}

export function countedVersionLabel({ counted, returned }: CountedVersion): string {
  const pending = returned === null ? '' : `（第${returned}版已退回，待重报）`;
  if (counted === null) return returned === null ? '未报送' : `无有效版本${pending}`;
  return `第${counted}版${pending}`;
}
