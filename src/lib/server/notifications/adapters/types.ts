import type { Channel, EventKind } from '../kinds';

export type Delivery = {
	id: number;
	kind: EventKind;
	channel: Channel;
	address: string | null;
	subject: string;
	body: string;
	link: string | null;
	params: Record<string, string>;
};

export type DeliveryResult = { ok: true; note?: string } | { ok: false; error: string };

/** One channel's way out. `configured` false: the worker writes the message to the log instead. */
export type ChannelAdapter = {
	channel: Channel;
	configured(): boolean;
	send(delivery: Delivery): Promise<DeliveryResult>;
};

export function describeError(e: unknown): string {
	return (e instanceof Error ? e.message : String(e)).slice(0, 500);
}
