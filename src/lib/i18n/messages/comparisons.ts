import type { Catalogue } from '../types';

/** Comparisons leaders asked for: same period last year, months, districts side by side, peer groups. */
export const comparisons = {
	'cmp.lastYear': { vi: 'Cùng kỳ năm trước', en: 'Same period last year' },
	'cmp.lastYearShort': { vi: 'Cùng kỳ', en: 'Last year' },
	'cmp.change': { vi: 'Thay đổi', en: 'Change' },
	'cmp.monthly.title': { vi: 'Báo cáo tháng theo từng tháng', en: 'Monthly reports, month by month' },
	'cmp.monthly.caption': {
		vi: 'Các chỉ số báo cáo hằng tháng của năm học {year}',
		en: 'The monthly indicators of school year {year}'
	},
	'cmp.monthly.month': { vi: 'Tháng', en: 'Month' },
	'cmp.areas.title': { vi: 'So sánh các đơn vị', en: 'Areas side by side' },
	'cmp.areas.area': { vi: 'Đơn vị', en: 'Area' },
	'cmp.areas.district': { vi: 'Huyện/xã', en: 'District/commune' },
	'cmp.areas.sortWorst': { vi: 'Xếp: kém nhất trước', en: 'Sort: worst first' },
	'cmp.areas.sortName': { vi: 'Xếp: theo tên', en: 'Sort: by name' },
	'cmp.areas.sortBest': { vi: 'Xếp: tốt nhất trước', en: 'Sort: best first' },
	'cmp.areas.sorted': { vi: 'Đang xếp', en: 'Sorted' },
	'cmp.peers.title': { vi: 'So với các trường cùng nhóm', en: 'Compared with peer schools' },
	'cmp.peers.group': { vi: 'Nhóm so sánh', en: 'Peer group' },
	'cmp.peers.show': { vi: 'Xem', en: 'Show' },
	'cmp.peers.district': { vi: 'Cùng cấp học, trong cả huyện', en: 'Same level, whole district' },
	'cmp.peers.ownership': {
		vi: 'Cùng cấp học và loại hình trong huyện',
		en: 'Same level and ownership, in the district'
	},
	'cmp.peers.commune': { vi: 'Cùng cấp học, cùng xã/phường', en: 'Same level, same commune' },
	'cmp.peers.school': { vi: 'Trường', en: 'School' },
	'cmp.peers.peers': { vi: 'Nhóm ({count} trường)', en: 'Group ({count} schools)' },
	'cmp.peers.rank': { vi: 'Xếp hạng trong nhóm', en: 'Rank in group' },
	'cmp.peers.rankOf': { vi: '{rank}/{count}', en: '{rank} of {count}' },
	'cmp.peers.none': {
		vi: 'Không có trường nào khác trong nhóm này.',
		en: 'No other school in this group.'
	},
	'cmp.peers.note': {
		vi: 'Tỷ lệ của nhóm = tổng tử số / tổng mẫu số của các trường trong nhóm; hạng 1 là tốt nhất.',
		en: 'The group’s rate = Σ numerators / Σ denominators over its schools; rank 1 is best.'
	}
} satisfies Catalogue;
