// The scale province's plans for benchmarks: Hải An's 2024-2025 targets as area targets for every year.
import { plans as demoPlans } from '../src/lib/server/demo/data/plans';
import type { PlanDef, TargetDef } from '../src/lib/domain/types';

/** Hải An's 2024-2025 targets as the scale province's area targets for every year (group ones made area-wide). */
export function scalePlans(years: string[]): PlanDef[] {
	const source = demoPlans.find((p) => p.unit === 'HAIAN' && p.schoolYear === '2024-2025')!.targets;
	const seen = new Set<string>();
	const targets: TargetDef[] = [];
	for (const t of source) {
		if (t.scope.kind === 'school' || seen.has(t.indicator)) continue;
		seen.add(t.indicator);
		targets.push({ ...t, scope: { kind: 'area' } });
	}
	return years.map((year) => ({
		unit: 'SCALE',
		schoolYear: year,
		titleVi: 'Bench',
		titleEn: 'Bench',
		targets
	}));
}
