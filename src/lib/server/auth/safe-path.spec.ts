import { describe, expect, it } from 'vitest';
import { safePath } from './safe-path';

describe('safePath', () => {
	it('keeps paths of this site', () => {
		expect(safePath('/')).toBe('/');
		expect(safePath('/admin/users?q=mx')).toBe('/admin/users?q=mx');
	});

	it('refuses anything a browser would take to another site', () => {
		for (const bad of [
			'//evil.example',
			'/\\evil.example',
			'https://evil.example',
			'evil',
			'/a\\b',
			'/\tx',
			'',
			null,
			42
		]) {
			expect(safePath(bad), String(bad)).toBeNull();
		}
	});
});
