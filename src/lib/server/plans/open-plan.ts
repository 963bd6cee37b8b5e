// The plan a route's [unit]/[year] names, with the caller's right to it checked (404 / 403).
import { error } from '@sveltejs/kit';
import { getDb, type Db } from '../db';
import { can, canSomewhere } from '../auth/access';
import { requireAccess, requireUser } from '../auth/guard';
import type { AuthUser } from '../auth/user';
import { findPlan, loadPlanContext } from './queries';
import type { PlanContext } from './types';

export type OpenPlan = { db: Db; user: AuthUser; ctx: PlanContext; canEdit: boolean };

export async function openPlan(
	params: { unit: string; year: string },
	action: 'read' | 'edit_targets'
): Promise<OpenPlan> {
	const user = requireUser();
	// Who may never edit targets anywhere is refused before anything is looked up.
	if (action === 'edit_targets' && !canSomewhere(user, 'edit_targets')) error(403, 'Forbidden');
	const db = await getDb();
	const plan = await findPlan(db, params.unit.toUpperCase(), params.year);
	if (!plan) error(404, 'Not found');
	requireAccess(action, { path: plan.unitPath, type: plan.unitType });
	const ctx = await loadPlanContext(db, plan);
	return { db, user, ctx, canEdit: can(user, 'edit_targets', { path: plan.unitPath, type: plan.unitType }) };
}
