// The public answer of POST /api/units/import (README: "Setting up a province"). Pure.
import type { UnitImportOutcome } from './import-units';
import type { UnitProblem } from './problems';

export const MAX_LISTED = 5000;

export type UnitImportBody = {
	status: UnitImportOutcome['status'];
	units: UnitImportOutcome['units'];
	errors: UnitProblem[];
};

export function toUnitImportBody(outcome: UnitImportOutcome): UnitImportBody {
	return {
		status: outcome.status,
		units: outcome.units,
		errors: outcome.errors.slice(0, MAX_LISTED).map(({ row, column, value, code, message }) => ({
			row,
			column,
			value,
			code,
			message
		}))
	};
}

export function unitImportStatus(outcome: UnitImportOutcome): 200 | 403 | 422 {
	if (outcome.status !== 'rejected') return 200;
	return outcome.forbidden ? 403 : 422;
}
