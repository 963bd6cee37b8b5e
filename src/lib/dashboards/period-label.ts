import { translate } from '../i18n/translate';
import type { Locale } from '../i18n/types';

/** A period key as a short phrase: "đầu năm", "học kỳ I", "cân đo lần 2", "tháng 10/2024". */
export function shortPeriodLabel(locale: Locale, key: string): string {
	const month = /^(\d{4})-(\d{2})$/.exec(key);
	if (month) return translate(locale, 'dash.period.month', { m: Number(month[2]), y: month[1] });
	const round = /^CAN_DO_(\d)$/.exec(key);
	if (round) return translate(locale, 'dash.period.CAN_DO', { n: round[1] });
	if (key === 'DAU_NAM' || key === 'HK1' || key === 'CUOI_NAM')
		return translate(locale, `dash.period.${key}`);
	return key;
}
