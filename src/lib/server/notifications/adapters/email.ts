// E-mail through SMTP (nodemailer): SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS, MAIL_FROM.
import nodemailer, { type Transporter } from 'nodemailer';
import { renderEmail } from '../render';
import { describeError, type ChannelAdapter } from './types';
import { env, type Channels } from '../../db/env';

type Smtp = NonNullable<Channels['smtp']>;
let cached: { key: string; transporter: Transporter } | null = null;

function transporter(smtp: Smtp): Transporter {
	const key = [smtp.host, smtp.port, smtp.secure, smtp.user, smtp.pass].join('|');
	if (cached?.key === key) return cached.transporter;
	const made = nodemailer.createTransport({
		host: smtp.host,
		port: smtp.port,
		secure: smtp.secure,
		auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 20_000
	});
	cached = { key, transporter: made };
	return made;
}

export const emailAdapter: ChannelAdapter = {
	channel: 'email',
	configured: () => env().channels.smtp !== null,
	async send(d) {
		if (!d.address) return { ok: false, error: 'no e-mail address' };
		const smtp = env().channels.smtp;
		if (!smtp) return { ok: false, error: 'SMTP is not configured' };
		const { text, html } = renderEmail(d);
		try {
			const info = await transporter(smtp).sendMail({
				from: smtp.from,
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
