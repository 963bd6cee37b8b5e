// A lease names the one process of a cluster that runs a job until a time. Taking it is one atomic
// statement: the row is created, or taken over once expired, or renewed by its own holder.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';

/** This process, as a lease holder: readable in the table (host and pid), unique across restarts. */
export const PROCESS_HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** True when `holder` now holds `name` for the next `seconds`. */
export async function takeLease(db: Db, name: string, holder: string, seconds: number): Promise<boolean> {
	const rows = await queryRows(
		db,
		sql`insert into leases (name, holder, until)
		    values (${name}, ${holder}, now() + make_interval(secs => ${seconds}))
		    on conflict (name) do update set holder = excluded.holder, until = excluded.until
		    where leases.until < now() or leases.holder = excluded.holder
		    returning holder`,
		(r) => ({ holder: col.text(r.holder) })
	);
	return rows.length === 1;
}

/** Lets another process take the lease at once (a process stopping cleanly). */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
	await db.execute(sql`delete from leases where name = ${name} and holder = ${holder}`);
}
