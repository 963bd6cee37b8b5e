import type { EvaluationStatus } from '../domain/evaluation';

/**
 * Status colours, kept equal to the --c-* variables of app.css (ECharts needs literal colours).
 * Picked so every pair stays apart under simulated protanopia, deuteranopia and tritanopia
 * (ΔE ≥ 17); status is still always written as an icon and a word as well.
 */
export const STATUS_COLORS: Record<EvaluationStatus, string> = {
	met: '#00866b',
	on_track: '#4a9be0',
	at_risk: '#d69200',
	off_track: '#b53a10',
	above_band: '#a94c97',
	no_data: '#9ea6b0'
};

/** A glyph per status, so that colour is never the only cue. */
export const STATUS_ICONS: Record<EvaluationStatus, string> = {
	met: '✓',
	on_track: '↗',
	at_risk: '!',
	off_track: '✗',
	above_band: '▲',
	no_data: '–'
};

/** Bar patterns (ECharts decals) for the statuses that need attention, for print and colour-blind readers. */
export const STATUS_DECALS: Partial<Record<EvaluationStatus, Record<string, unknown>>> = {
	off_track: {
		symbol: 'rect',
		dashArrayX: [1, 0],
		dashArrayY: [3, 4],
		rotation: Math.PI / 4,
		color: 'rgba(255, 255, 255, 0.55)'
	},
	at_risk: { symbol: 'circle', symbolSize: 0.7, dashArrayX: 6, dashArrayY: 6, color: 'rgba(0, 0, 0, 0.3)' },
	above_band: {
		symbol: 'triangle',
		symbolSize: 0.8,
		dashArrayX: 8,
		dashArrayY: 8,
		color: 'rgba(255, 255, 255, 0.6)'
	}
};

export const SERIES_COLORS = {
	current: '#0f5c8c',
	previous: '#9ea6b0',
	target: '#1b2430',
	band: 'rgba(0, 134, 107, 0.12)'
};

/** Worst first: the order statuses are listed and sorted in. */
export const STATUS_ORDER: EvaluationStatus[] = [
	'off_track',
	'at_risk',
	'above_band',
	'on_track',
	'met',
	'no_data'
];

/** Dot shapes in the ranked chart, echoing the icons (✓ ↗ ! ✗ ▲). */
export const STATUS_SYMBOLS: Record<EvaluationStatus, string> = {
	met: 'circle',
	on_track: 'roundRect',
	at_risk: 'diamond',
	off_track: 'path://M2 0L8 6L14 0L16 2L10 8L16 14L14 16L8 10L2 16L0 14L6 8L0 2Z',
	above_band: 'triangle',
	no_data: 'emptyCircle'
};
