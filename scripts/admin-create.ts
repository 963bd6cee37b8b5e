// npm run admin:create -- --username <name> [--display-name "<name>"]
// The password comes from standard input when piped; otherwise a strong one is generated and printed once.
import { parseArgs } from 'node:util';
import { getHandle } from '../src/lib/server/db/index';
import { createOrResetAdmin } from '../src/lib/server/users/create-admin';

const WEAKNESS: Record<string, string> = {
	too_short: 'needs at least 10 characters',
	contains_username: 'must not contain the username',
	too_few_characters: 'needs at least 5 different characters',
	common: 'is a commonly used password'
};

async function readPipedPassword(): Promise<string | null> {
	if (process.stdin.isTTY) return null;
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
	return text === '' ? null : text;
}

const { values } = parseArgs({
	options: { username: { type: 'string' }, 'display-name': { type: 'string' } }
});
if (!values.username) {
	console.error('Usage: npm run admin:create -- --username <name> [--display-name "<name>"]');
	process.exit(2);
}
const password = await readPipedPassword();
const handle = await getHandle();
try {
	const result = await createOrResetAdmin(handle.db, {
		username: values.username,
		password,
		displayName: values['display-name']
	});
	if (!result.ok) {
		console.error(
			result.reason === 'invalid_username'
				? 'Refused: a username is 3–40 characters: a-z, 0-9, ".", "_" or "-", starting with a letter or digit.'
				: `Refused: the password ${WEAKNESS[result.weakness]}. Nothing was changed.`
		);
		process.exitCode = 1;
	} else {
		console.log(
			`${result.created ? 'Created' : 'Reset'} administrator "${result.username}" on ${handle.kind}.`
		);
		if (result.generatedPassword) {
			console.log(`Password (shown once; to be changed at the first sign-in): ${result.generatedPassword}`);
		}
	}
} finally {
	await handle.close();
}
