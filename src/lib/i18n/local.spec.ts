import { describe, expect, it, vi } from 'vitest';
import { local } from './index';

const page = vi.hoisted(() => ({ data: { locale: 'vi' } as { locale?: string } }));
vi.mock('$app/state', () => ({ page }));

describe('local', () => {
	it('picks the page language’s side of a pair or of a row’s fields', () => {
		page.data.locale = 'en';
		expect(local({ vi: 'Cuối năm', en: 'End of year' })).toBe('End of year');
		expect(local({ labelVi: 'Cuối năm', labelEn: 'End of year' }, 'label')).toBe('End of year');
		page.data.locale = 'vi';
		expect(local({ vi: 'Cuối năm', en: 'End of year' })).toBe('Cuối năm');
		expect(local({ nameVi: 'Trường', nameEn: 'School' }, 'name')).toBe('Trường');
	});

	it('falls back to Vietnamese when the page has no language', () => {
		page.data.locale = undefined;
		expect(local({ nameVi: 'Trường', nameEn: 'School' }, 'name')).toBe('Trường');
	});
});
