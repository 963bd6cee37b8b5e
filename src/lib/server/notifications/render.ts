// The words of a notification, in Vietnamese (the recipients' language), and its e-mail HTML.
import { translate, type Params } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n/catalogue';
import type { EventKind } from './kinds';
import { env } from '../db/env';

export type Rendered = { subject: string; body: string };

export function renderNotification(kind: EventKind, params: Params): Rendered {
	return {
		subject: translate('vi', `notify.${kind}.subject` as MessageKey, params),
		body: translate('vi', `notify.${kind}.body` as MessageKey, params).trim()
	};
}

/** A link the recipient can open from outside the app (ORIGIN), or the path when it is unknown. */
export function absoluteLink(link: string | null, origin = env().origin): string | null {
	if (!link) return null;
	return origin ? new URL(link, origin).toString() : link;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The plain text and HTML of an e-mail: the body, the link, the footer. */
export function renderEmail(input: { subject: string; body: string; link: string | null }): {
	text: string;
	html: string;
} {
	const link = absoluteLink(input.link);
	const open = translate('vi', 'notify.open');
	const footer = translate('vi', 'notify.footer');
	const text = [input.body, link ? `${open}: ${link}` : '', '--', footer].filter(Boolean).join('\n\n');
	const paragraphs = input.body
		.split('\n')
		.map((line) => `<p>${escapeHtml(line)}</p>`)
		.join('');
	const html =
		`<!doctype html><html lang="vi"><body><h2>${escapeHtml(input.subject)}</h2>${paragraphs}` +
		(link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>` : '') +
		`<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p></body></html>`;
	return { text, html };
}
