import { describe, expect, it } from 'vitest';
import { caseAlert } from './alerts.ts';
import { reportFigures } from './figures.ts';
import { scopeWording } from './scope-wording.ts';
import { addTotals, emptyTotals, fillFigures } from './totals.ts';

const DISTRICT = { ...scopeWording({ kind: 'district', name: '西秀区' }), hall: '四知堂' };

describe('report figures', () => {
  it('fill every sentence of the work report from the totals', () => {
    const t = emptyTotals();
    t.activity.理论学习.rows = 12;
    t.activity.红廉教育 = {
      rows: 30,
      participants: 2100,
      materials: 5,
      newsReports: 2,
      adoptedReports: 0,
      hallRows: 0,
      hallParticipants: 0,
    };
    t.activity.家风教育 = {
      rows: 4,
      participants: 160,
      materials: 300,
      newsReports: 1,
      adoptedReports: 0,
      hallRows: 3,
      hallParticipants: 120,
    };
    t.activity.家庭助廉承诺 = {
      rows: 2,
      participants: 850,
      materials: 850,
      newsReports: 0,
      adoptedReports: 0,
      hallRows: 0,
      hallParticipants: 0,
    };
    t.activity.廉政家访 = {
      rows: 9,
      participants: 40,
      materials: 20,
      newsReports: 0,
      adoptedReports: 0,
      hallRows: 0,
      hallParticipants: 0,
    };
    t.activity.家属座谈会 = {
      rows: 3,
      participants: 90,
      materials: 30,
      newsReports: 0,
      adoptedReports: 0,
      hallRows: 0,
      hallParticipants: 0,
    };
    t.activity.廉政提醒 = {
      rows: 6,
      participants: 5200,
      materials: 0,
      newsReports: 4,
      adoptedReports: 1,
      hallRows: 0,
      hallParticipants: 0,
    };
    t.activity.通报曝光 = {
      rows: 2,
      participants: 7,
      materials: 0,
      newsReports: 0,
      adoptedReports: 3,
      hallRows: 0,
      hallParticipants: 0,
    };
    t.inspection.rows = 7;
    t.rectification.rows = 5;
    t.rectification.warningSessions = 6;
    t.rectification.warningAttendance = 420;
    const byId = Object.fromEntries(fillFigures(t, DISTRICT).map((f) => [f.figure.id, f]));
    expect(byId.theory?.text).toBe('围绕宪法、监察法、政务处分法等开展学习12次');
    expect(byId.red?.values).toEqual([30, 2100]);
    expect(byId['family-materials']?.values).toEqual([300 + 850 + 20 + 30]);
    expect(byId.family?.text).toBe('开展廉政家访9次、召开干部家属座谈会3场、签订家庭助廉承诺书850份');
    // Only the visits to the 家风家训馆 count, not every 家风教育 row.
    expect(byId['family-style']?.text).toBe('3批次120名干部到“四知堂”参观学习');
    // Only 廉政提醒's own reports count in its sentence; the media sentences count every activity's.
    expect(byId.reminders?.text).toBe('编发廉政提醒信息6次覆盖全区监察对象5200人，播发相关新闻报道4条');
    expect(byId['district-media']?.values).toEqual([2 + 1 + 4]);
    expect(byId['higher-media']?.text).toBe('“学习强国”、新华网、人民网等各级主流媒体采用4条（次）');
    expect(byId.exposure?.text).toBe('通报曝光典型案例2批7人');
    expect(byId.inspections?.values).toEqual([7]);
    expect(byId.cases?.values).toEqual([5]);
    expect(byId['case-education']?.text).toBe('指导开展警示教育6场、覆盖干部职工420人次');
    expect(fillFigures(t, DISTRICT)).toHaveLength(reportFigures.length);
  });

  it('word the sentences for the scope and the hall, phrase the numbers, and mark a figure of zeros', () => {
    const t = emptyTotals();
    t.activity.廉政提醒 = {
      rows: 12,
      participants: 15234,
      materials: 0,
      newsReports: 1,
      adoptedReports: 0,
      hallRows: 0,
      hallParticipants: 0,
    };
    t.activity.警示教育大会 = {
      rows: 2,
      participants: 1200,
      materials: 0,
      newsReports: 0,
      adoptedReports: 0,
      hallRows: 0,
      hallParticipants: 0,
    };
    t.activity.家风教育 = {
      rows: 2,
      participants: 30,
      materials: 0,
      newsReports: 0,
      adoptedReports: 0,
      hallRows: 1,
      hallParticipants: 11,
    };
    const town = { ...scopeWording({ kind: 'township', name: '七眼桥镇' }), hall: '清风馆' };
    const byId = Object.fromEntries(fillFigures(t, town).map((f) => [f.figure.id, f]));
    expect(byId.reminders?.text).toBe('编发廉政提醒信息12次覆盖全镇监察对象15234人，播发相关新闻报道1条');
    expect(byId.reminders?.phrased).toBe('编发廉政提醒信息10余次覆盖全镇监察对象1.5万余人，播发相关新闻报道1条');
    expect(byId.conference?.text).toBe('召开全镇性警示教育大会2批覆盖1200人');
    expect(byId['family-style']?.text).toBe('1批次11名干部到“清风馆”参观学习');
    expect(byId['family-style']?.pieces).toEqual([
      { part: 0 },
      { text: '批次' },
      { part: 1 },
      { text: '名干部到“清风馆”参观学习' },
    ]);
    expect(byId.test?.empty).toBe(true);
    expect(byId.reminders?.empty).toBe(false);
    const village = { ...scopeWording({ kind: 'village', name: '本寨村' }), hall: '四知堂' };
    expect(fillFigures(t, village).find((f) => f.figure.id === 'conference')?.text).toBe(
      '召开本单位警示教育大会2批覆盖1200人',
    );
  });

  it('rolls totals up', () => {
    const a = emptyTotals();
    const b = emptyTotals();
    a.activity.其他.rows = 1;
    b.activity.其他.rows = 2;
    b.rectification.byStatus.已完成 = 3;
    const sum = addTotals(addTotals(emptyTotals(), a), b);
    expect(sum.activity.其他.rows).toBe(3);
    expect(sum.rectification.byStatus.已完成).toBe(3);
  });
});

describe('case alerts', () => {
  const today = '2026-11-24';
  it.each([
    [{ status: '整改中', deadline: '2026-11-23', completedDate: null }, '逾期未完成'],
    [{ status: '未启动', deadline: '2026-11-24', completedDate: null }, '即将到期'],
    [{ status: '整改中', deadline: '2026-12-09', completedDate: null }, '即将到期'],
    [{ status: '整改中', deadline: '2026-12-10', completedDate: null }, null],
    [{ status: '已完成', deadline: '2026-06-30', completedDate: '2026-07-01' }, '逾期完成'],
    [{ status: '已完成', deadline: '2026-06-30', completedDate: '2026-06-30' }, null],
    [{ status: '已完成', deadline: '2026-01-30', completedDate: '2026-01-02' }, null],
  ] as const)('%o → %s', (row, alert) => {
    expect(caseAlert(row, today)).toBe(alert);
  });
});
