import type { RuleSettings } from '@/lib/rules/settings';

const HOUR = 3_600_000;
const shanghai = (ms: number | null) =>
  ms === null ? '未公布' : new Date(ms + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');

/** The rule parameters in force (editing comes with the options issue). */
export function RuleDefaults({ settings: s }: { settings: Readonly<RuleSettings> }) {
  const rows: [string, string][] = [
    ['开票时效 (天)', String(s.invoiceFirstDays)],
    ['最晚开票 (天)', String(s.invoiceFinalDays)],
    ['工单响应 (小时)', String(s.respondHours)],
    ['物流停滞 日常 / 偏远 (小时)', `${s.stallHoursDaily} / ${s.stallHoursDailyRemote}`],
    ['物流停滞 特殊时期 / 偏远 (小时)', `${s.stallHoursSpecial} / ${s.stallHoursSpecialRemote}`],
    ['特殊时期开始', shanghai(s.specialPeriodStart)],
    ['特殊时期结束', shanghai(s.specialPeriodEnd)],
    ['偏远地区', s.remoteProvinces.join('、')],
    ['问大家少问答阈值', String(s.fewQaThreshold)],
    ['30 天扣分上限', String(s.pointsCap)],
  ];
  return (
    <table>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th>{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
