import type { AuthUser } from '$lib/server/auth/user';
import type { Session } from '$lib/server/auth/session';
import type { Locale } from '$lib/i18n/types';

declare global {
	namespace App {
		interface Locals {
			user: AuthUser | null;
			session: Session | null;
			locale: Locale;
		}
		interface Error {
			message: string;
			id?: string;
			/** 'database_unavailable': the database was out of reach, the request may be sent again. */
			code?: 'database_unavailable';
		}
		interface PageData {
			locale?: Locale;
		}
	}
}

export {};
