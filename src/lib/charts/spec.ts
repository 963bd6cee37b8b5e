import type { Locale } from '../i18n/types';
import type { ChartOption } from './common';
import { buildHistogramOption, histogramTable, type HistogramInput } from './histogram';
import { buildRankedOption, rankedHeight, rankedTable, type RankedInput } from './ranked';
import { buildTrendOption, trendTable, type TrendInput } from './trend';
import { buildMonthlyOption, monthlyTable, type MonthlyInput } from './monthly';
import { areasHeight, buildAreasOption, areasTable, type AreasInput } from './areas';

/** What a page hands to the chart component: plain data (serialisable), built into an option on both sides. */
export type ChartSpec =
	| { kind: 'trend'; input: TrendInput }
	| { kind: 'ranked'; input: RankedInput }
	| { kind: 'histogram'; input: HistogramInput }
	| { kind: 'monthly'; input: MonthlyInput }
	| { kind: 'areas'; input: AreasInput };

/** `more`: rows left out of the page's table (the downloads have them all). */
export type ChartTable = { columns: string[]; rows: string[][]; more?: number };

/** The nominal size the server renders at; the box keeps this height, the width follows the page. */
export const CHART_WIDTH = 720;

export function chartHeight(spec: ChartSpec): number {
	switch (spec.kind) {
		case 'trend':
			return 300;
		case 'ranked':
			return rankedHeight(spec.input);
		case 'histogram':
			return 260;
		case 'monthly':
			return 280;
		case 'areas':
			return areasHeight(spec.input);
	}
}

export function buildChartOption(locale: Locale, spec: ChartSpec): ChartOption | null {
	switch (spec.kind) {
		case 'trend':
			return buildTrendOption(locale, spec.input);
		case 'ranked':
			return buildRankedOption(locale, spec.input);
		case 'histogram':
			return buildHistogramOption(locale, spec.input);
		case 'monthly':
			return buildMonthlyOption(locale, spec.input);
		case 'areas':
			return buildAreasOption(locale, spec.input);
	}
}

export function chartTable(locale: Locale, spec: ChartSpec): ChartTable {
	switch (spec.kind) {
		case 'trend':
			return trendTable(locale, spec.input);
		case 'ranked':
			return rankedTable(locale, spec.input);
		case 'histogram':
			return histogramTable(locale, spec.input);
		case 'monthly':
			return monthlyTable(locale, spec.input);
		case 'areas':
			return areasTable(locale, spec.input);
	}
}
