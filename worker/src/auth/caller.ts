/** Who is calling, as established by the auth middleware. */
export interface AdminCaller {
  readonly role: 'admin';
  readonly credentialId: 'admin';
}

export interface UnitCaller {
  readonly role: 'clerk' | 'supervisor';
  readonly credentialId: string;
  readonly unitCode: string;
  /** The unit's tree path ('/D/T/'): a supervisor sees every unit whose path starts with it. */
  readonly unitPath: string;
}

export type Caller = AdminCaller | UnitCaller;
export type Role = Caller['role'];
