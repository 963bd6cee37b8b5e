import { describe, expect, it } from 'vitest';
import { defaultAboveTargetRule, resolveAboveTargetRule, statusLabelKey } from './above-target';
import { messages } from '$lib/i18n/catalogue';

describe('above an equality target', () => {
	it('defaults by direction: more is fine when higher is better, a miss when lower is, a warning for bands', () => {
		expect(defaultAboveTargetRule('higher')).toBe('fine');
		expect(defaultAboveTargetRule('lower')).toBe('miss');
		expect(defaultAboveTargetRule('band')).toBe('warning');
		expect(resolveAboveTargetRule('higher', 'miss')).toBe('miss');
		expect(resolveAboveTargetRule('lower', null)).toBe('miss');
	});

	it('words the status "Vượt chỉ tiêu" only for a value above an equality target', () => {
		expect(statusLabelKey('met', 'fine')).toBe('aboveTarget.status.fine');
		expect(statusLabelKey('above_band', 'warning')).toBe('aboveTarget.status.warning');
		expect(statusLabelKey('off_track', 'miss')).toBe('aboveTarget.status.miss');
		expect(statusLabelKey('off_track', null)).toBe('targets.status.off_track');
		expect(statusLabelKey('no_data', 'fine')).toBe('targets.status.no_data');
		expect(messages[statusLabelKey('met', 'fine')].vi).toBe('Vượt chỉ tiêu');
	});
});
