import { describe, expect, it } from 'vitest';
import { explanationsTable } from './export-table';
import type { Explanation } from './queries';

const e: Explanation = {
	id: 1,
	unitCode: 'HA-TH-THANHTO',
	unitName: 'Trường Tiểu học Thành Tô',
	indicatorCode: 'TH_TL_2BUOI',
	indicatorNameVi: 'Tỷ lệ học sinh học 2 buổi/ngày',
	indicatorNameEn: 'Pupils on two sessions a day',
	yearCode: '2024-2025',
	periodKey: 'CUOI_NAM',
	periodLabelVi: 'Cuối năm',
	periodLabelEn: 'End of year',
	status: 'off_track',
	cause: 'Thiếu phòng học',
	measures: 'Xây thêm 2 phòng',
	expectedDate: '2025-12-31',
	author: 'Hiệu trưởng',
	updatedAt: new Date('2025-05-20T03:00:00Z')
};

describe('explanationsTable', () => {
	it('names the school and the indicator, and writes the date day first', () => {
		const t = explanationsTable('vi', 'Giải trình', [e]);
		expect(t.rows).toEqual([
			[
				'Trường Tiểu học Thành Tô',
				'HA-TH-THANHTO',
				'Tỷ lệ học sinh học 2 buổi/ngày',
				'Cuối năm',
				'Không đạt',
				'Thiếu phòng học',
				'Xây thêm 2 phòng',
				'31/12/2025'
			]
		]);
		expect(t.columns).toHaveLength(t.rows[0].length);
		expect(explanationsTable('en', 'Explanations', [e]).rows[0][2]).toBe('Pupils on two sessions a day');
	});
	it('leaves a missing date empty', () => {
		expect(explanationsTable('vi', 'Giải trình', [{ ...e, expectedDate: null }]).rows[0][7]).toBeNull();
	});
});
