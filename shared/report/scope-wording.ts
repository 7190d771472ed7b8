import type { z } from 'zod';
import type { unitKind } from '../api/schemas.ts';

type UnitKind = z.infer<typeof unitKind>;

/** How the report names the area it covers: "覆盖{scope}监察对象", "召开{scopeWide}警示教育大会". */
export interface ScopeWording {
  /** 全区, 全镇, 全乡, 全街道 or 本单位. */
  readonly scope: string;
  /** 全区性, 全镇性 … ; a department or village holds its own meeting, so 本单位 (no 性). */
  readonly scopeWide: string;
}

// 街道 before 镇 and 乡: a name such as "新镇街道" is a 街道.
const TOWNSHIP_ENDINGS = [
  ['街道', '全街道'],
  ['镇', '全镇'],
  ['乡', '全乡'],
] as const;

export function scopeWording(unit: { readonly kind: UnitKind; readonly name: string }): ScopeWording {
  const scope =
    unit.kind === 'district'
      ? '全区'
      : unit.kind === 'township'
        ? (TOWNSHIP_ENDINGS.find(([end]) => unit.name.endsWith(end))?.[1] ?? '本单位')
        : '本单位';
  return { scope, scopeWide: scope === '本单位' ? scope : `${scope}性` };
}
