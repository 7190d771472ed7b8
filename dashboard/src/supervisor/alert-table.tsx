import type { Overview } from '#shared/api/schemas.ts';
import { DUE_SOON_DAYS } from '#shared/report/alerts.ts';
import { ScrollRegion } from '../ui/scroll-region.tsx';

const CSS = { 逾期未完成: 'st-missing', 即将到期: 'st-late', 逾期完成: 'st-returned' } as const;

/** 预警: 一案一整改 cases past or near their 整改时限, most urgent first (as the 汇总's 预警 sheet). */
export function AlertTable({ overview }: { overview: Overview }) {
  return (
    <section aria-labelledby="alerts-title">
      <h2 id="alerts-title">预警（{overview.alerts.length} 件）</h2>
      <p class="muted">
        逾期未完成：未完成且已过整改时限；即将到期：未完成且 {DUE_SOON_DAYS}{' '}
        天内到期；逾期完成：完成日期晚于整改时限。截至 {overview.today}。
      </p>
      {overview.alerts.length === 0 ? (
        <p class="notice success">没有需要预警的案件。</p>
      ) : (
        <ScrollRegion labelledBy="alerts-title">
          <table class="data alerts">
            <thead>
              <tr>
                {[
                  '预警',
                  '填报单位',
                  '所属乡镇（部门）',
                  '案件编号',
                  '责任单位',
                  '整改时限',
                  '整改状态',
                  '完成日期',
                ].map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.alerts.map((a) => (
                <tr key={`${a.unitCode}-${a.row}`}>
                  <td>
                    <span class={`tag ${CSS[a.alert]}`}>{a.alert}</span>
                  </td>
                  <td>
                    <a href={`#/history?unit=${encodeURIComponent(a.unitCode)}`}>{a.unitName}</a>
                  </td>
                  <td>{a.group}</td>
                  <td>{a.caseNo}</td>
                  <td>{a.responsibleUnit}</td>
                  <td class="date">{a.deadline}</td>
                  <td>{a.status}</td>
                  <td class="date">{a.completedDate ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
