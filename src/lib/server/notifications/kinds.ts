// What kinds of events notify, which channels a recipient gets, when Zalo/SMS may go out, and how
// long to wait before retrying: pure rules, tested beside this file.
import { NOTIFICATION_CHANNELS } from '../db/schema/notifications';

export type Channel = (typeof NOTIFICATION_CHANNELS)[number];
export const CHANNELS: readonly Channel[] = NOTIFICATION_CHANNELS;

export const EVENT_KINDS = [
	'deadline_soon',
	'deadline_overdue',
	'nudge',
	'missing_digest',
	'submission_returned',
	'submission_approved',
	'submission_reopened',
	'rollup_returned',
	'rollup_approved',
	'rollup_reopened',
	'finding_recorded',
	'finding_follow_up'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What a user chooses channels for (a few groups, not every event kind). */
export const PREFERENCE_KINDS = ['deadline', 'digest', 'decision', 'finding'] as const;
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number];

export function isEventKind(value: unknown): value is EventKind {
	return typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value);
}

export function isPreferenceKind(value: unknown): value is PreferenceKind {
	return typeof value === 'string' && (PREFERENCE_KINDS as readonly string[]).includes(value);
}

export function isChannel(value: unknown): value is Channel {
	return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function preferenceKindOf(kind: EventKind): PreferenceKind {
	if (kind === 'deadline_soon' || kind === 'deadline_overdue' || kind === 'nudge') return 'deadline';
	if (kind === 'missing_digest') return 'digest';
	if (kind === 'finding_recorded' || kind === 'finding_follow_up') return 'finding';
	return 'decision';
}

/** Without a choice: the inbox and e-mail on, Zalo and SMS off (they cost money per message). */
export const DEFAULT_ENABLED: Record<Channel, boolean> = {
	in_app: true,
	email: true,
	zalo: false,
	sms: false
};

export type Recipient = { email: string | null; phone: string | null };

/**
 * The channels one recipient gets for one event, with the address for each. The inbox always;
 * the others when chosen (or defaulted, or required by the district) and the address is known.
 */
export function pickChannels(
	recipient: Recipient,
	chosen: Partial<Record<Channel, boolean>>,
	required: readonly Channel[]
): { channel: Channel; address: string | null }[] {
	const out: { channel: Channel; address: string | null }[] = [{ channel: 'in_app', address: null }];
	for (const channel of CHANNELS) {
		if (channel === 'in_app') continue;
		const wanted = required.includes(channel) || (chosen[channel] ?? DEFAULT_ENABLED[channel]);
		const address = channel === 'email' ? recipient.email : recipient.phone;
		if (wanted && address?.trim()) out.push({ channel, address: address.trim() });
	}
	return out;
}

const VN_OFFSET_MS = 7 * 3_600_000;
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 7;

/** Zalo and SMS wait for 07:00 Vietnam time when the moment falls between 21:00 and 07:00. */
export function deferForQuietHours(channel: Channel, at: Date): Date {
	if (channel !== 'zalo' && channel !== 'sms') return at;
	const local = new Date(at.getTime() + VN_OFFSET_MS);
	const hour = local.getUTCHours();
	if (hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR) return at;
	const morning = new Date(local);
	morning.setUTCHours(QUIET_UNTIL_HOUR, 0, 0, 0);
	if (hour >= QUIET_FROM_HOUR) morning.setUTCDate(morning.getUTCDate() + 1);
	return new Date(morning.getTime() - VN_OFFSET_MS);
}

export const MAX_ATTEMPTS = 6;

/** 1, 2, 4, 8, 16 … minutes after the nth failed attempt, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
	return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/** Is a Vietnam calendar date (YYYY-MM-DD) a working day (Monday to Friday)? */
export function isWorkingDay(date: string): boolean {
	const day = new Date(`${date}T00:00:00Z`).getUTCDay();
	return day !== 0 && day !== 6;
}

/**
 * Which "deadline soon" reminder a day belongs to: the smallest configured lead (3, 1) not below the
 * days left, so a process that was down on day −3 sends the −1 reminder only, never both late.
 */
export function leadFor(daysLeft: number, leads: readonly number[]): number | null {
	if (daysLeft < 0) return null;
	const fitting = leads.filter((d) => d >= daysLeft).sort((a, b) => a - b);
	return fitting[0] ?? null;
}

/** Zalo templates are short: each parameter clipped (ZNS allows 30 characters for most). */
export function clipParam(value: string, max = 30): string {
	const v = value.trim().replace(/\s+/g, ' ');
	return v.length <= max ? v : v.slice(0, max - 1) + '…';
}

/** One SMS: without diacritics (GSM characters, 160 per message), clipped to fit. */
export function toSmsText(text: string, max = 160): string {
	const plain = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.replace(/\s+/g, ' ')
		.trim();
	return plain.length <= max ? plain : plain.slice(0, max - 3) + '...';
}
