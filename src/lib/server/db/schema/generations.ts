import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * How many committed transactions changed what evaluations read, per scope: `all` (units, plans,
 * catalogue, calendar), `y<school year id>` and `p<period id>` (their submissions and figures), and `epoch`, a
 * random number set once so a recreated database never repeats an old generation. Kept by triggers
 * (drizzle/0011); cached evaluations are keyed by these numbers.
 */
export const dataGenerations = pgTable('data_generations', {
	scope: text('scope').primaryKey(),
	generation: bigint('generation', { mode: 'number' }).notNull()
});

/** Scopes a transaction has changed, applied to `data_generations` when it commits (then deleted). */
export const dataGenerationMarks = pgTable(
	'data_generation_marks',
	{
		txid: bigint('txid', { mode: 'number' }).notNull(),
		scope: text('scope').notNull()
	},
	(t) => [primaryKey({ columns: [t.txid, t.scope] })]
);
