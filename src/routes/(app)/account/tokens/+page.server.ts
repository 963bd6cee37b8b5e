import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/auth/api-tokens';
import { fieldErrors } from '$lib/server/form-errors';
import { translate } from '$lib/i18n/translate';
import { fieldsOf } from '$lib/schemas/form';
import { tokenIdSchema, tokenNameSchema } from '$lib/schemas/tokens';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const user = requireUser();
	const tokens = await listApiTokens(await getDb(), user.id);
	const now = Date.now();
	return {
		tokens: tokens.map((tk) => ({
			id: tk.id,
			hint: `${tk.id.slice(0, 7)}…`,
			name: tk.name,
			createdAt: tk.createdAt.toISOString(),
			lastUsedAt: tk.lastUsedAt?.toISOString() ?? null,
			expiresAt: tk.expiresAt?.toISOString() ?? null,
			expired: !!tk.expiresAt && tk.expiresAt.getTime() <= now,
			revokedAt: tk.revokedAt?.toISOString() ?? null
		}))
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const user = requireUser();
		const values = fieldsOf(await request.formData(), ['name', 'lifetime']);
		const parsed = tokenNameSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const { token, expiresAt } = await createApiToken(
			await getDb(),
			user,
			parsed.data.name,
			parsed.data.lifetime
		);
		return { created: { name: parsed.data.name, token, expiresAt: expiresAt?.toISOString() ?? null } };
	},
	revoke: async ({ request, locals }) => {
		const user = requireUser();
		const parsed = tokenIdSchema.safeParse(fieldsOf(await request.formData(), ['id']));
		const revoked = parsed.success && (await revokeApiToken(await getDb(), user, parsed.data.id));
		if (!revoked) return fail(404, { error: translate(locals.locale, 'account.tokens.notFound') });
		return { revoked: true };
	}
};
