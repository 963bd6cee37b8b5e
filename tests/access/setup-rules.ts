// Access rules of the setup checklist and the school-list import (spread into route-rules.ts).
// Imports types only: route-rules.ts imports this file.
import type { RouteRule } from './route-rules';

export const setupRules: RouteRule[] = [
	/** Only the administrator sees the checklist (the demo is fully set up: it just lists the steps). */
	{ page: '/(app)/admin/setup', url: '/admin/setup', allow: ['admin'] }
];
