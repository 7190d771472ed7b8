/** A 填报单位 in the district's tree. */
export type UnitKind = 'district' | 'township' | 'department' | 'village';

export interface Unit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  /** '/D/T/V/': every ancestor's code, root first. */
  path: string;
  sortOrder: number;
  /** Owes monthly reports (completeness, 催报, 报送率); the district itself by default does not. */
  reports: boolean;
}
