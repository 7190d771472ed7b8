import { describe, expect, it } from 'vitest';
import { ledgers, matchingKeyOf } from './registry.ts';

describe('natural keys', () => {
  it('name a required, unique column (序号 where there is none), so each row of a version has one value of its own', () => {
    for (const def of ledgers) {
      const key = matchingKeyOf(def);
      expect(
        def.columns.find((c) => c.key === key),
        `${def.key}: ${key}`,
      ).toMatchObject({ required: true, unique: true });
    }
  });

  it('are declared where a case has a number: 案件编号 and 案例编号', () => {
    expect(Object.fromEntries(ledgers.map((d) => [d.key, matchingKeyOf(d)]))).toEqual({
      rectification: 'caseNo',
      activity: 'seq',
      inspection: 'seq',
      caseLibrary: 'caseId',
    });
  });
});
