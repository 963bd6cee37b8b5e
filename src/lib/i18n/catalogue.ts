import { common } from './messages/common';
import { auth } from './messages/auth';
import { importsRead } from './messages/imports-read';

/** Every user-visible string; one file per domain under messages/. */
export const messages = { ...common, ...auth, ...importsRead };
export type MessageKey = keyof typeof messages;
