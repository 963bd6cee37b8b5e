import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import FigureReview from './figure-review.svelte';
import type { ReviewPage } from '$lib/domain/review';

// Rendered outside a SvelteKit request: the page's language comes from this stand-in.
vi.mock('$app/state', () => ({ page: { data: { locale: 'vi' } } }));

const period = (id: number, key: string, yearCode: string, label: string) => ({
	id,
	key,
	yearCode,
	labelVi: label,
	labelEn: label
});

function review(previousId: number, lastYearId: number): ReviewPage {
	return {
		side: null,
		comments: [],
		context: {
			previousPeriod: period(previousId, 'CUOI_NAM', '2023-2024', 'Kỳ A'),
			lastYearPeriod: period(lastYearId, 'CUOI_NAM', '2023-2024', 'Kỳ B'),
			counts: { swing: 0, rule: 0, missing: 0 },
			rows: [
				{
					code: 'HS_TONG',
					nameVi: 'Tổng số học sinh',
					nameEn: 'Pupils',
					valueType: 'count',
					value: 120,
					previous: 100,
					lastYear: 100,
					change: { delta: 20, percent: 20 },
					changeYear: { delta: 20, percent: 20 },
					flags: [],
					rules: [],
					threshold: 30
				}
			]
		}
	} as unknown as ReviewPage;
}

const columns = (html: string) => (html.match(/data-label="[^"]*"/g) ?? []).length;

describe('figure review', () => {
	it('shows the previous period and the same period last year as two columns when they differ', () => {
		const { body } = render(FigureReview, { props: { review: review(1, 2), form: undefined } });
		expect(columns(body)).toBe(3);
		expect(body).toContain('Kỳ trước');
	});

	it('shows one column when the previous report is last year’s (a once-a-year form)', () => {
		const { body } = render(FigureReview, { props: { review: review(7, 7), form: undefined } });
		expect(columns(body)).toBe(2);
		expect(body).not.toContain('Kỳ trước');
		expect(body).toContain('cũng là kỳ báo cáo trước');
	});
});
