// The import preview as the page shows it, in the reader's language.
import type { Locale } from '../../i18n/types';
import { describeComparator, describePeriod, describeScope } from './describe-target';
import type { ImportMode, ImportPreview } from './import-targets';
import type { PlanContext } from './types';

export function viewImportPreview(
	locale: Locale,
	ctx: PlanContext,
	preview: ImportPreview,
	mode: ImportMode,
	bytes: Uint8Array
) {
	const other: Locale = locale === 'vi' ? 'en' : 'vi';
	return {
		fileName: preview.fileName,
		sha256: preview.sha256,
		mode,
		existing: preview.existing,
		/** The file travels back with the confirmation and is checked again there. */
		file: preview.problems.length === 0 ? Buffer.from(bytes).toString('base64') : '',
		rows: preview.rows.map((r) => {
			const indicator = ctx.indicators.get(r.input.indicator)!;
			const scope = r.input.scope;
			const name =
				scope.kind === 'school'
					? {
							vi: ctx.schools.get(scope.code)?.name ?? scope.code,
							en: ctx.schools.get(scope.code)?.name ?? scope.code
						}
					: scope.kind === 'group'
						? {
								vi: ctx.groups.get(scope.code)?.nameVi ?? scope.code,
								en: ctx.groups.get(scope.code)?.nameEn ?? scope.code
							}
						: null;
			return {
				row: r.row,
				indicator: r.input.indicator,
				name: locale === 'vi' ? indicator.nameVi : indicator.nameEn,
				target: describeComparator(locale, r.input, indicator, ctx.periods),
				scope: describeScope(locale, scope, name),
				judgedAt: describePeriod(locale, r.input.judgedAt, ctx.periods)
			};
		}),
		problems: preview.problems.map((p) => ({
			row: p.row,
			column: p.column,
			value: p.value,
			message: p.message[locale],
			other: p.message[other]
		}))
	};
}
export type ImportPreviewView = ReturnType<typeof viewImportPreview>;
