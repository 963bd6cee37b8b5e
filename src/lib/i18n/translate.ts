import { messages, type MessageKey } from './catalogue';
import type { Locale, Message } from './types';

export type Params = Record<string, string | number>;

function interpolate(template: string, params?: Params): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
	const message: Message | undefined = messages[key];
	if (!message) return key;
	return interpolate(message[locale] ?? message.vi, params);
}

/** Both languages at once, for server messages that are stored or sent to an API client. */
export function bilingual(key: MessageKey, params?: Params): Message {
	return { vi: translate('vi', key, params), en: translate('en', key, params) };
}

export function isMessageKey(key: string): key is MessageKey {
	return key in messages;
}
