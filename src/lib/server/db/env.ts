// The one reader of the server's environment (README "Environment variables"): read at the moment
// of use, so scripts and tests may set a variable before calling.
import path from 'node:path';

export type Settings = {
	databaseUrl: string | undefined;
	dataDir: string;
	migrationsDir: string;
	migrateOnStart: boolean;
	seedDemo: 'auto' | 'always' | 'never';
	/** A session unused this long ends. */
	sessionIdleDays: number;
	/** `false` (EVALUATION_CACHE=off): every evaluation computes, for bench:evaluate. */
	evaluationCache: boolean;
	/** The public URL (links in e-mails); unset: the request's own. */
	origin: string | undefined;
	/** How often this process delivers queued notifications, and tries housekeeping (0: never). */
	notificationsSeconds: number;
	housekeepingMinutes: number;
	/** LibreOffice, for the period report's PDF. */
	sofficePath: string;
	reminders: { leads: number[]; overdueCap: number };
	channels: Channels;
};

/** Each channel's settings, or null when it is not configured (README "Notifications"). */
export type Channels = {
	smtp: { host: string; port: number; secure: boolean; user?: string; pass: string; from: string } | null;
	/** `templates`: notification kind (lower case) → template id; `default` when no kind has its own. */
	zalo: { url: string; token: string; templates: Record<string, string> } | null;
	sms: { url: string; apiKey: string | undefined } | null;
};

function positive(text: string | undefined, fallback: number): number {
	const n = Number(text ?? fallback);
	return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** 0 allowed (a job switched off); anything unusable: the fallback. */
function nonNegative(text: string | undefined, fallback: number): number {
	const n = Number(text?.trim() || fallback);
	return Number.isFinite(n) && n >= 0 ? n : fallback;
}

function readReminders(source: NodeJS.ProcessEnv): Settings['reminders'] {
	const leads = (source.NOTIFY_DEADLINE_DAYS ?? '3,1')
		.split(',')
		.map((d) => Number(d.trim()))
		.filter((d) => Number.isInteger(d) && d >= 0 && d <= 60);
	const cap = Number(source.NOTIFY_OVERDUE_CAP ?? 5);
	return { leads: leads.length ? leads : [3, 1], overdueCap: Number.isInteger(cap) && cap >= 0 ? cap : 5 };
}

function readChannels(source: NodeJS.ProcessEnv): Channels {
	const secure = source.SMTP_SECURE === 'true' || source.SMTP_SECURE === '1';
	const templates: Record<string, string> = {};
	for (const [name, value] of Object.entries(source)) {
		const m = /^ZALO_TEMPLATE_(.+)$/.exec(name);
		if (m && value) templates[m[1].toLowerCase()] = value;
	}
	return {
		smtp: source.SMTP_HOST
			? {
					host: source.SMTP_HOST,
					port: Number(source.SMTP_PORT || (secure ? 465 : 587)),
					secure,
					user: source.SMTP_USER || undefined,
					pass: source.SMTP_PASS ?? '',
					from: source.MAIL_FROM || source.SMTP_USER || 'chitieu@localhost'
				}
			: null,
		zalo:
			source.ZALO_API_URL && source.ZALO_ACCESS_TOKEN
				? { url: source.ZALO_API_URL, token: source.ZALO_ACCESS_TOKEN, templates }
				: null,
		sms: source.SMS_GATEWAY_URL
			? { url: source.SMS_GATEWAY_URL, apiKey: source.SMS_API_KEY || undefined }
			: null
	};
}

export function env(source: NodeJS.ProcessEnv = process.env): Settings {
	const databaseUrl = source.DATABASE_URL?.trim() || undefined;
	const seed = (source.DEMO_SEED ?? 'auto').toLowerCase();
	return {
		databaseUrl,
		dataDir: path.resolve(source.DATA_DIR ?? 'data/pglite'),
		migrationsDir: path.resolve(source.MIGRATIONS_DIR ?? 'drizzle'),
		migrateOnStart: source.MIGRATE_ON_START !== 'false',
		seedDemo: seed === 'always' || seed === 'never' ? seed : 'auto',
		sessionIdleDays: positive(source.SESSION_IDLE_DAYS, 7),
		evaluationCache: source.EVALUATION_CACHE !== 'off',
		origin: source.ORIGIN?.trim() || undefined,
		notificationsSeconds: nonNegative(source.NOTIFICATIONS_SECONDS, 30),
		housekeepingMinutes: nonNegative(source.HOUSEKEEPING_MINUTES, 10),
		sofficePath: source.SOFFICE_PATH || 'soffice',
		reminders: readReminders(source),
		channels: readChannels(source)
	};
}
