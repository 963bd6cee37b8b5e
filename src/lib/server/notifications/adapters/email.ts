// E-mail through SMTP (nodemailer): SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS, MAIL_FROM.
import nodemailer, { type Transporter } from 'nodemailer';
import { renderEmail } from '../render';
import { describeError, type ChannelAdapter } from './types';

let cached: { key: string; transporter: Transporter } | null = null;

function transporter(): Transporter {
	const env = process.env;
	const key = [env.SMTP_HOST, env.SMTP_PORT, env.SMTP_SECURE, env.SMTP_USER, env.SMTP_PASS].join('|');
	if (cached?.key === key) return cached.transporter;
	const secure = env.SMTP_SECURE === 'true' || env.SMTP_SECURE === '1';
	const made = nodemailer.createTransport({
		host: env.SMTP_HOST,
		port: Number(env.SMTP_PORT || (secure ? 465 : 587)),
		secure,
		auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 20_000
	});
	cached = { key, transporter: made };
	return made;
}

export const emailAdapter: ChannelAdapter = {
	channel: 'email',
	configured: () => Boolean(process.env.SMTP_HOST),
	async send(d) {
		if (!d.address) return { ok: false, error: 'no e-mail address' };
		const { text, html } = renderEmail(d);
		try {
			const info = await transporter().sendMail({
				from: process.env.MAIL_FROM || process.env.SMTP_USER || 'chitieu@localhost',
				to: d.address,
				subject: d.subject,
				text,
				html
			});
			return { ok: true, note: info.messageId };
		} catch (e) {
			return { ok: false, error: describeError(e) };
		}
	}
};
