import { describe, expect, it } from 'vitest';
import { joinNamesWithMore } from './join-names';

describe('joinNamesWithMore', () => {
	it('keeps a space between the last name and the count of the others', () => {
		const names = ['Tỷ lệ huy động trẻ', 'Số trẻ 5 tuổi', 'Tổng số lớp tiểu học', 'A', 'B'];
		expect(joinNamesWithMore('vi', names)).toBe(
			'Tỷ lệ huy động trẻ; Số trẻ 5 tuổi; Tổng số lớp tiểu học và 2 chỉ số khác'
		);
		expect(joinNamesWithMore('en', names)).toBe(
			'Tỷ lệ huy động trẻ; Số trẻ 5 tuổi; Tổng số lớp tiểu học and 2 more'
		);
	});
	it('lists all when there are no more than shown', () => {
		expect(joinNamesWithMore('vi', ['A', 'B'])).toBe('A; B');
		expect(joinNamesWithMore('vi', [])).toBe('');
	});
});
