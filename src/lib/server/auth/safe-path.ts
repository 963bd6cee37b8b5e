/**
 * A same-site path to redirect to after sign-in or a language switch, or null. Browsers read
 * "//evil.example" and "/\evil.example" as other sites, so only a single leading slash passes.
 */
export function safePath(value: unknown): string | null {
	if (typeof value !== 'string' || value.length > 2000) return null;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
	return value;
}
