import type { Channel } from '../kinds';
import { emailAdapter } from './email';
import { smsAdapter, zaloAdapter } from './http';
import type { ChannelAdapter } from './types';

/** The inbox is the row itself: delivering it is marking it sent. */
export const inAppAdapter: ChannelAdapter = {
	channel: 'in_app',
	configured: () => true,
	send: async () => ({ ok: true })
};

export const ADAPTERS: Record<Channel, ChannelAdapter> = {
	in_app: inAppAdapter,
	email: emailAdapter,
	zalo: zaloAdapter,
	sms: smsAdapter
};

export type { ChannelAdapter, Delivery, DeliveryResult } from './types';
