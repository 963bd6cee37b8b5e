// Zalo (ZNS template messages) and SMS (a generic HTTP gateway): one JSON POST each.
import { toSmsText } from '../kinds';
import { describeError, type ChannelAdapter, type DeliveryResult } from './types';

/** 0912 345 678 / +84912345678 → 84912345678 (what ZNS expects). */
export function toInternationalPhone(phone: string): string {
	const digits = phone.replace(/\D/g, '');
	return digits.startsWith('0') ? '84' + digits.slice(1) : digits;
}

async function postJson(
	url: string,
	headers: Record<string, string>,
	body: unknown,
	accept: (status: number, json: unknown) => string | null
): Promise<DeliveryResult> {
	try {
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(15_000)
		});
		const text = await res.text();
		let json: unknown = null;
		try {
			json = JSON.parse(text);
		} catch {
			json = null;
		}
		const problem = accept(res.status, json);
		return problem ? { ok: false, error: `${problem}: ${text.slice(0, 300)}` } : { ok: true };
	} catch (e) {
		return { ok: false, error: describeError(e) };
	}
}

/** ZALO_TEMPLATE_<KIND> (e.g. ZALO_TEMPLATE_DEADLINE_SOON), else ZALO_TEMPLATE_DEFAULT. */
export function zaloTemplateFor(kind: string, env = process.env): string | undefined {
	return env[`ZALO_TEMPLATE_${kind.toUpperCase()}`] || env.ZALO_TEMPLATE_DEFAULT || undefined;
}

export const zaloAdapter: ChannelAdapter = {
	channel: 'zalo',
	configured: () => Boolean(process.env.ZALO_API_URL && process.env.ZALO_ACCESS_TOKEN),
	async send(d) {
		if (!d.address) return { ok: false, error: 'no phone number' };
		const template = zaloTemplateFor(d.kind);
		if (!template) return { ok: false, error: `no Zalo template for ${d.kind}` };
		return postJson(
			process.env.ZALO_API_URL!,
			{ access_token: process.env.ZALO_ACCESS_TOKEN! },
			{
				phone: toInternationalPhone(d.address),
				template_id: template,
				template_data: d.params,
				tracking_id: String(d.id)
			},
			(status, json) => {
				if (status < 200 || status >= 300) return `HTTP ${status}`;
				const code = (json as { error?: number } | null)?.error;
				return code === 0 ? null : `Zalo error ${code ?? 'unknown'}`;
			}
		);
	}
};

export const smsAdapter: ChannelAdapter = {
	channel: 'sms',
	configured: () => Boolean(process.env.SMS_GATEWAY_URL),
	async send(d) {
		if (!d.address) return { ok: false, error: 'no phone number' };
		const headers: Record<string, string> = process.env.SMS_API_KEY
			? { authorization: `Bearer ${process.env.SMS_API_KEY}` }
			: {};
		return postJson(
			process.env.SMS_GATEWAY_URL!,
			headers,
			{
				to: d.address.replace(/[^\d+]/g, ''),
				text: toSmsText(`${d.subject}. ${d.body}`),
				reference: String(d.id)
			},
			(status) => (status >= 200 && status < 300 ? null : `HTTP ${status}`)
		);
	}
};
