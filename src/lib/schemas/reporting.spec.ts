import { describe, expect, it } from 'vitest';
import { transitionSchema } from './reporting';

describe('transitionSchema: confirming an incomplete report', () => {
	it('reads the form’s checkbox: ticked is "on", unticked arrives as ""', () => {
		expect(
			transitionSchema.parse({ action: 'return', comment: 'Sửa lại', confirmIncomplete: '' })
		).toMatchObject({
			confirmIncomplete: false
		});
		expect(transitionSchema.parse({ action: 'approve', comment: '', confirmIncomplete: 'on' })).toMatchObject(
			{
				confirmIncomplete: true
			}
		);
	});

	it('reads the API’s boolean, and is false when left out', () => {
		expect(transitionSchema.parse({ action: 'submit', confirmIncomplete: true }).confirmIncomplete).toBe(
			true
		);
		expect(transitionSchema.parse({ action: 'submit', confirmIncomplete: false }).confirmIncomplete).toBe(
			false
		);
		expect(transitionSchema.parse({ action: 'submit' }).confirmIncomplete).toBe(false);
		expect(transitionSchema.safeParse({ action: 'submit', confirmIncomplete: 'yes' }).success).toBe(false);
	});
});
