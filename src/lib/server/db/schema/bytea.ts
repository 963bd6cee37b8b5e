import { customType } from 'drizzle-orm/pg-core';

/** Raw bytes (an uploaded file, a failed-rows file): drizzle's pg-core has no bytea column of its own. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});
