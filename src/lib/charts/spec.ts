import type { Locale } from '../i18n/types';
import type { ChartOption } from './common';
import { buildHistogramOption, histogramTable, type HistogramInput } from './histogram';
import { buildRankedOption, rankedHeight, rankedTable, type RankedInput } from './ranked';
import { buildTrendOption, trendTable, type TrendInput } from './trend';

/** What a page hands to the chart component: plain data (serialisable), built into an option on both sides. */
export type ChartSpec =
	| { kind: 'trend'; input: TrendInput }
	| { kind: 'ranked'; input: RankedInput }
	| { kind: 'histogram'; input: HistogramInput };

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
	}
}
