import { describe, expect, it } from 'vitest';
import {
	clipParam,
	deferForQuietHours,
	isWorkingDay,
	leadFor,
	pickChannels,
	preferenceKindOf,
	retryDelayMs,
	toSmsText
} from './kinds';

describe('pickChannels', () => {
	const both = { email: 'a@b.vn', phone: '0912345678' };
	it('gives the inbox and e-mail by default, never Zalo or SMS unchosen', () => {
		expect(pickChannels(both, {}, []).map((c) => c.channel)).toEqual(['in_app', 'email']);
	});
	it('follows the choice and the district requirement', () => {
		expect(pickChannels(both, { email: false, sms: true }, ['zalo']).map((c) => c.channel)).toEqual([
			'in_app',
			'zalo',
			'sms'
		]);
	});
	it('skips a channel without an address', () => {
		expect(pickChannels({ email: null, phone: ' ' }, { sms: true }, ['zalo'])).toEqual([
			{ channel: 'in_app', address: null }
		]);
	});
});

describe('deferForQuietHours', () => {
	it('leaves e-mail alone at night', () => {
		const at = new Date('2026-12-04T15:00:00Z'); // 22:00 in Vietnam
		expect(deferForQuietHours('email', at)).toEqual(at);
	});
	it('moves Zalo at 22:00 to 07:00 next morning (Vietnam)', () => {
		expect(deferForQuietHours('zalo', new Date('2026-12-04T15:00:00Z')).toISOString()).toBe(
			'2026-12-05T00:00:00.000Z'
		);
	});
	it('moves SMS at 05:30 to 07:00 the same morning', () => {
		expect(deferForQuietHours('sms', new Date('2026-12-04T22:30:00Z')).toISOString()).toBe(
			'2026-12-05T00:00:00.000Z'
		);
	});
	it('sends at 07:00 and 20:59', () => {
		const seven = new Date('2026-12-05T00:00:00Z');
		const late = new Date('2026-12-05T13:59:00Z');
		expect(deferForQuietHours('sms', seven)).toEqual(seven);
		expect(deferForQuietHours('sms', late)).toEqual(late);
	});
});

describe('retries and reminders', () => {
	it('backs off doubling, capped', () => {
		expect([1, 2, 3].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000]);
		expect(retryDelayMs(20)).toBe(6 * 3_600_000);
	});
	it('knows working days', () => {
		expect(isWorkingDay('2026-12-04')).toBe(true); // Friday
		expect(isWorkingDay('2026-12-05')).toBe(false);
	});
	it('puts each day before a deadline under one lead', () => {
		expect([5, 4, 3, 2, 1, 0, -1].map((d) => leadFor(d, [3, 1]))).toEqual([null, null, 3, 3, 1, 1, null]);
	});
	it('maps events to what users choose for', () => {
		expect(preferenceKindOf('nudge')).toBe('deadline');
		expect(preferenceKindOf('rollup_returned')).toBe('decision');
	});
});

describe('message limits', () => {
	it('clips Zalo parameters', () => {
		expect(clipParam('Trường Tiểu học Thành Tô, quận Hải An, Hải Phòng')).toHaveLength(30);
		expect(clipParam('  HK1  ')).toBe('HK1');
	});
	it('writes SMS without diacritics within 160 characters', () => {
		expect(toSmsText('Đã quá hạn nộp báo cáo')).toBe('Da qua han nop bao cao');
		expect(toSmsText('á'.repeat(400))).toHaveLength(160);
	});
});
