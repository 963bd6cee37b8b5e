import { describe, expect, it } from 'vitest';
import { isRequirementArea, parseRequirementPairs } from './requirements';

describe('parseRequirementPairs', () => {
	it('keeps the requirable kinds × e-mail, Zalo, SMS once each, in order', () => {
		expect(
			parseRequirementPairs(['deadline:email', 'finding:sms', 'deadline:email', 'decision:zalo'])
		).toEqual([
			{ kind: 'deadline', channel: 'email' },
			{ kind: 'finding', channel: 'sms' },
			{ kind: 'decision', channel: 'zalo' }
		]);
	});

	it('drops in-app (always on), the district digest, unknown values and non-strings', () => {
		expect(
			parseRequirementPairs(['deadline:in_app', 'digest:email', 'deadline:fax', 'deadline', 7, null, ''])
		).toEqual([]);
	});
});

describe('isRequirementArea', () => {
	it('is a district or a province, never a school or a commune', () => {
		expect(['province', 'district', 'commune', 'school'].map((type) => isRequirementArea({ type }))).toEqual([
			true,
			true,
			false,
			false
		]);
	});
});
