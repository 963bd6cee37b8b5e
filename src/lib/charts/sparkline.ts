import { hasValue } from './common';
import type { TargetGuide } from './target-guide';

export type SparklineInput = {
	values: (number | null)[];
	guide?: TargetGuide | null;
	width?: number;
	height?: number;
};

export type Sparkline = {
	width: number;
	height: number;
	/** SVG path of the values (gaps skipped), or '' when there is nothing to draw. */
	path: string;
	last: { x: number; y: number } | null;
	/** y of a target line, or the y span of a band. */
	target: { y: number } | { y1: number; y2: number } | null;
};

/**
 * A sparkline as plain SVG geometry: dozens of them sit in a scorecard, so they are drawn
 * without ECharts (no script, no server-side chart instance per cell).
 */
export function buildSparkline(input: SparklineInput): Sparkline {
	const width = input.width ?? 72;
	const height = input.height ?? 22;
	const pad = 3;
	const points = input.values.map((v, i) => ({ i, v }));
	const present = points.filter((p): p is { i: number; v: number } => hasValue(p.v));
	if (present.length === 0) return { width, height, path: '', last: null, target: null };
	const guideValues = input.guide
		? input.guide.kind === 'band'
			? [input.guide.min, input.guide.max]
			: [input.guide.value]
		: [];
	const all = [...present.map((p) => p.v), ...guideValues];
	let lo = Math.min(...all);
	let hi = Math.max(...all);
	if (hi - lo < 1e-9) {
		lo -= 1;
		hi += 1;
	}
	const n = Math.max(input.values.length - 1, 1);
	const x = (i: number) => round(pad + ((width - 2 * pad) * i) / n);
	const y = (v: number) => round(height - pad - ((height - 2 * pad) * (v - lo)) / (hi - lo));
	const path = present.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i)} ${y(p.v)}`).join(' ');
	const lastPoint = present[present.length - 1];
	let target: Sparkline['target'] = null;
	if (input.guide?.kind === 'line') target = { y: y(input.guide.value) };
	else if (input.guide?.kind === 'band') target = { y1: y(input.guide.max), y2: y(input.guide.min) };
	return { width, height, path, last: { x: x(lastPoint.i), y: y(lastPoint.v) }, target };
}

function round(v: number): number {
	return Math.round(v * 10) / 10;
}
