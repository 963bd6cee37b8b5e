// The first administrator's checklist (/admin/setup): pure, from counts read in state.ts.
export type SetupCounts = {
	units: number;
	schools: number;
	schoolYears: number;
	periods: number;
	indicators: number;
	plans: number;
	targets: number;
	accounts: number;
};

export type SetupStepKey = 'units' | 'years' | 'catalogue' | 'plans' | 'accounts';

export type SetupStep = {
	key: SetupStepKey;
	done: boolean;
	/** Where the step is done, or null when no page does it yet (said so, never a dead link). */
	href: string | null;
	counts: Partial<SetupCounts>;
};

export function describeSetup(c: SetupCounts): { steps: SetupStep[]; complete: boolean } {
	const steps: SetupStep[] = [
		{
			key: 'units',
			done: c.schools > 0,
			href: '/admin/units',
			counts: { units: c.units, schools: c.schools }
		},
		{
			key: 'years',
			done: c.schoolYears > 0 && c.periods > 0,
			href: '/admin/school-years',
			counts: { schoolYears: c.schoolYears, periods: c.periods }
		},
		{
			key: 'catalogue',
			done: c.indicators > 0,
			href: '/admin/catalogue',
			counts: { indicators: c.indicators }
		},
		{
			key: 'plans',
			done: c.plans > 0,
			href: '/plans',
			counts: { plans: c.plans, targets: c.targets }
		},
		{ key: 'accounts', done: c.accounts > 0, href: '/admin/users/bulk', counts: { accounts: c.accounts } }
	];
	return { steps, complete: steps.every((s) => s.done) };
}
