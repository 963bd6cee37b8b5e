import type { Catalogue } from '../types';

export const schoolHome = {
	'schoolHome.findings.all': {
		vi: 'Xem tất cả {count} kết quả kiểm tra',
		en: 'See all {count} findings'
	}
} satisfies Catalogue;
