/**
 * The benchmark workbook: a 100k-row activity ledger written with excelts' streaming
 * writer (npm only, so `npm run bench` needs no Python). Cached under .bench/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkbookWriter } from '@cj-tech-master/excelts';

export const BENCH_ROWS = 100_000;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_WORKBOOK = join(ROOT, '.bench', `activity-${BENCH_ROWS / 1000}k.xlsx`);

const HEADERS = [
  '序号', '活动日期', '活动名称', '活动类型', '组织单位', '参加人数',
  '经费（元）', '时长（小时）', '主讲人', '线上', '备注', '记录人',
];
const NAMES = ['廉政教育专题讲座', '警示教育片观看', '清风读书会', '家风家训分享', '纪法知识测试', '参观廉政教育基地'];
const KINDS = ['讲座', '观影', '座谈', '测试', '参观', '其他'];
const UNITS = ['区纪委监委', '区教育局', '区卫健委', '区财政局', '街道纪工委', '区住建局', '区市场监管局'];
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏'];

/** Deterministic, so every run measures the same file. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], random: () => number): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

export async function ensureBenchWorkbook(): Promise<string> {
  if (existsSync(BENCH_WORKBOOK)) return BENCH_WORKBOOK;
  mkdirSync(dirname(BENCH_WORKBOOK), { recursive: true });
  const random = mulberry32(2026);
  const writer = new WorkbookWriter({ filename: BENCH_WORKBOOK, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet('活动台账');
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  sheet.addRow(HEADERS).commit();
  const start = Date.UTC(2026, 0, 1);
  for (let i = 1; i <= BENCH_ROWS; i++) {
    sheet
      .addRow([
        i,
        new Date(start + Math.floor(random() * 365) * 86_400_000),
        pick(NAMES, random),
        pick(KINDS, random),
        pick(UNITS, random),
        5 + Math.floor(random() * 200),
        Math.round(random() * 500_000) / 100,
        Math.round(random() * 16) / 2,
        random() < 0.3 ? null : pick(PEOPLE, random),
        random() < 0.5 ? '是' : '否',
        random() < 0.9 ? null : `第${i}条备注`,
        pick(PEOPLE, random),
      ])
      .commit();
  }
  await sheet.commit();
  await writer.commit();
  return BENCH_WORKBOOK;
}
