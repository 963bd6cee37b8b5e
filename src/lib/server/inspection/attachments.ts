// Files attached to a finding: checked by their bytes and size before they are stored, served back
// only to those who may read the finding's school (the route checks that), as attachments.
import { createHash, randomUUID } from 'node:crypto';
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { writeAudit } from '../submissions/events';
import { checkAttachment, MAX_ATTACHMENTS_PER_FINDING } from './attachment-type';

export type AttachmentItem = {
	id: string;
	fileName: string;
	mediaType: string;
	size: number;
	createdAt: Date;
	uploader: string | null;
};

export type AddAttachmentResult =
	| { ok: true; id: string }
	| { ok: false; reason: 'empty' | 'too_big' | 'wrong_type' | 'too_many' | 'closed' | 'not_found' };

export async function listAttachments(db: Db, findingId: number): Promise<AttachmentItem[]> {
	const a = table.findingAttachments;
	return db
		.select({
			id: a.id,
			fileName: a.fileName,
			mediaType: a.mediaType,
			size: a.size,
			createdAt: a.createdAt,
			uploader: table.users.displayName
		})
		.from(a)
		.leftJoin(table.users, eq(table.users.id, a.userId))
		.where(eq(a.findingId, findingId))
		.orderBy(asc(a.createdAt), asc(a.id));
}

/** Stores one file on an open finding, or says why not (nothing stored then). */
export async function addAttachment(
	db: Db,
	input: { findingId: number; actorId: string; fileName: string; bytes: Uint8Array }
): Promise<AddAttachmentResult> {
	const check = checkAttachment(input.fileName, input.bytes);
	if (!check.ok) return check;
	return db.transaction(async (tx) => {
		const [finding] = await tx
			.select({ status: table.findings.status, unitId: table.findings.unitId })
			.from(table.findings)
			.where(eq(table.findings.id, input.findingId))
			.for('update');
		if (!finding) return { ok: false, reason: 'not_found' } as const;
		if (finding.status === 'closed') return { ok: false, reason: 'closed' } as const;
		const [{ n }] = await tx
			.select({ n: count() })
			.from(table.findingAttachments)
			.where(eq(table.findingAttachments.findingId, input.findingId));
		if (Number(n) >= MAX_ATTACHMENTS_PER_FINDING) return { ok: false, reason: 'too_many' } as const;
		const id = randomUUID();
		const sha256 = createHash('sha256').update(input.bytes).digest('hex');
		await tx.insert(table.findingAttachments).values({
			id,
			findingId: input.findingId,
			userId: input.actorId,
			fileName: check.fileName,
			mediaType: check.kind.mediaType,
			size: input.bytes.length,
			sha256,
			content: input.bytes
		});
		await writeAudit(tx, {
			actorId: input.actorId,
			action: 'finding.attach',
			unitId: finding.unitId,
			subject: `finding:${input.findingId}`,
			after: { attachment: id, fileName: check.fileName, size: input.bytes.length, sha256 }
		});
		return { ok: true, id } as const;
	});
}

export type StoredAttachment = {
	fileName: string;
	mediaType: string;
	content: Uint8Array;
	findingId: number;
};

export async function findAttachment(db: Db, id: string): Promise<StoredAttachment | null> {
	const a = table.findingAttachments;
	const [row] = await db
		.select({ fileName: a.fileName, mediaType: a.mediaType, content: a.content, findingId: a.findingId })
		.from(a)
		.where(eq(a.id, id));
	return row ? { ...row, content: new Uint8Array(row.content) } : null;
}
