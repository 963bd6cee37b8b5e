// Zalo (ZNS template messages) and SMS (a generic HTTP gateway): one JSON POST each.
import { toSmsText } from '../kinds';
import { describeError, type ChannelAdapter, type DeliveryResult } from './types';
import { env } from '../../db/env';

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
export function zaloTemplateFor(kind: string, templates: Record<string, string>): string | undefined {
	return templates[kind.toLowerCase()] || templates.default || undefined;
}

export const zaloAdapter: ChannelAdapter = {
	channel: 'zalo',
	configured: () => env().channels.zalo !== null,
	async send(d) {
		if (!d.address) return { ok: false, error: 'no phone number' };
		const zalo = env().channels.zalo;
		if (!zalo) return { ok: false, error: 'Zalo is not configured' };
		const template = zaloTemplateFor(d.kind, zalo.templates);
		if (!template) return { ok: false, error: `no Zalo template for ${d.kind}` };
		return postJson(
			zalo.url,
			{ access_token: zalo.token },
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
	configured: () => env().channels.sms !== null,
	async send(d) {
		if (!d.address) return { ok: false, error: 'no phone number' };
		const sms = env().channels.sms;
		if (!sms) return { ok: false, error: 'SMS is not configured' };
		const headers: Record<string, string> = sms.apiKey ? { authorization: `Bearer ${sms.apiKey}` } : {};
		return postJson(
			sms.url,
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
