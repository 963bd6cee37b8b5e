import { common } from './messages/common';
import { auth } from './messages/auth';

/** Every user-visible string; one file per domain under messages/. */
export const messages = { ...common, ...auth };
export type MessageKey = keyof typeof messages;
