import { formulaElements } from '../evaluation/aggregate';
import { listDataElements, listIndicators } from '../catalogue/queries';
import type { Db } from '../db';
import type { Direction, IndicatorGroup } from '$lib/domain/types';
import type { PeriodOption } from './selection';

export type IndicatorMeta = {
	code: string;
	nameVi: string;
	nameEn: string;
	group: IndicatorGroup;
	unit: 'percent' | 'count' | 'level';
	direction: Direction;
	levels: string[];
	sortOrder: number;
	/** Report forms on which the indicator's figures are collected. */
	forms: string[];
};

/** The indicator catalogue with the forms each indicator is collected on. */
export async function loadIndicatorMeta(db: Db): Promise<IndicatorMeta[]> {
	const [indicators, elements] = await Promise.all([listIndicators(db), listDataElements(db)]);
	const formsOf = new Map(elements.map((e) => [e.code, e.forms]));
	return indicators.map((i) => {
		const lists = formulaElements(i.formula).all.map((code) => formsOf.get(code) ?? []);
		const common = lists.length ? lists.reduce((a, b) => a.filter((f) => b.includes(f))) : [];
		return {
			code: i.code,
			nameVi: i.nameVi,
			nameEn: i.nameEn,
			group: i.groupKey,
			unit: i.unit,
			direction: i.direction,
			levels: i.levels,
			sortOrder: i.sortOrder,
			forms: common.length ? common : [...new Set(lists.flat())]
		};
	});
}

/** The periods (up to and including `upTo`) at which an indicator with these forms is collected. */
export function collectionPeriods(forms: string[], periods: PeriodOption[], upTo?: string): PeriodOption[] {
	const limit = upTo ? (periods.find((p) => p.key === upTo)?.sort ?? Infinity) : Infinity;
	return periods.filter((p) => p.sort <= limit && forms.includes(p.form));
}
