// Reads the route tree from src/routes: every page, every form action, every endpoint method.
// Used by the coverage spec (vitest) and the access matrix (Playwright); no SvelteKit imports.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type RouteTarget =
	| { kind: 'page'; routeId: string; key: string; file: string }
	| { kind: 'action'; routeId: string; action: string; key: string; file: string }
	| { kind: 'endpoint'; routeId: string; method: string; key: string; file: string };

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'];

export function pageKey(routeId: string): string {
	return routeId;
}
export function actionKey(routeId: string, action: string): string {
	return `${routeId}?/${action}`;
}
export function endpointKey(method: string, routeId: string): string {
	return `${method} ${routeId}`;
}

function parse(file: string): ts.SourceFile {
	return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function isExported(node: ts.Node): boolean {
	return (
		ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
	);
}

/** Names exported by a module: `export const X`, `export function X`, `export { a as X }`. */
export function exportedNames(file: string): string[] {
	const names: string[] = [];
	for (const statement of parse(file).statements) {
		if (ts.isVariableStatement(statement) && isExported(statement)) {
			for (const d of statement.declarationList.declarations) {
				if (ts.isIdentifier(d.name)) names.push(d.name.text);
			}
		} else if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) {
			names.push(statement.name.text);
		} else if (ts.isExportDeclaration(statement) && statement.exportClause) {
			if (ts.isNamedExports(statement.exportClause)) {
				for (const e of statement.exportClause.elements) names.push(e.name.text);
			}
		}
	}
	return names;
}

/**
 * The names of a page's form actions. `actions` must be an object literal (possibly wrapped in
 * `satisfies`/`as`) so that the matrix can see every action; anything else is reported.
 */
export function actionNames(file: string): string[] {
	const names: string[] = [];
	let found = false;
	for (const statement of parse(file).statements) {
		if (!ts.isVariableStatement(statement) || !isExported(statement)) continue;
		for (const d of statement.declarationList.declarations) {
			if (!ts.isIdentifier(d.name) || d.name.text !== 'actions') continue;
			found = true;
			let init = d.initializer;
			while (
				init &&
				(ts.isSatisfiesExpression(init) || ts.isAsExpression(init) || ts.isParenthesizedExpression(init))
			) {
				init = init.expression;
			}
			if (!init || !ts.isObjectLiteralExpression(init)) {
				throw new Error(`${file}: export const actions must be an object literal for the access matrix`);
			}
			for (const p of init.properties) {
				if (ts.isSpreadAssignment(p) || !p.name) {
					throw new Error(`${file}: spread in actions; name every action for the access matrix`);
				}
				const n = p.name;
				if (ts.isIdentifier(n) || ts.isStringLiteral(n)) names.push(n.text);
				else throw new Error(`${file}: computed action name; name every action literally`);
			}
		}
	}
	return found ? names : [];
}

function routeIdOf(root: string, dir: string): string {
	const rel = path.relative(root, dir).split(path.sep).join('/');
	return rel ? `/${rel}` : '/';
}

/** Every page, action and endpoint method under `root` (src/routes). */
export function listRouteTargets(root = path.resolve('src/routes')): RouteTarget[] {
	const targets: RouteTarget[] = [];
	const walk = (dir: string) => {
		const entries = readdirSync(dir).sort();
		const routeId = routeIdOf(root, dir);
		const has = (name: string) => entries.includes(name);
		const pageFiles = ['+page.svelte', '+page.ts', '+page.js', '+page.server.ts', '+page.server.js'];
		const pageFile = pageFiles.find(has);
		if (pageFile) {
			targets.push({ kind: 'page', routeId, key: pageKey(routeId), file: path.join(dir, pageFile) });
		}
		for (const serverPage of ['+page.server.ts', '+page.server.js'].filter(has)) {
			const file = path.join(dir, serverPage);
			for (const action of actionNames(file)) {
				targets.push({ kind: 'action', routeId, action, key: actionKey(routeId, action), file });
			}
		}
		for (const server of ['+server.ts', '+server.js'].filter(has)) {
			const file = path.join(dir, server);
			for (const method of exportedNames(file).filter((n) => METHODS.includes(n))) {
				targets.push({ kind: 'endpoint', routeId, method, key: endpointKey(method, routeId), file });
			}
		}
		for (const entry of entries) {
			const full = path.join(dir, entry);
			if (statSync(full).isDirectory()) walk(full);
		}
	};
	if (existsSync(root)) walk(root);
	return targets;
}

/** Does a URL path match a route id ('/(app)/users/[name]' matches '/users/ann')? */
export function routeMatches(routeId: string, pathname: string): boolean {
	const pattern = routeId
		.replace(/\/\([^)]+\)/g, '')
		.split('/')
		.filter(Boolean)
		.map((segment) => {
			if (/^\[\[.+\]\]$/.test(segment)) return '(?:/[^/]+)?';
			if (/^\[\.\.\..+\]$/.test(segment)) return '(?:/.*)?';
			const parts = segment.split(/\[[^\]]+\]/).map((p) => p.replace(/[.+*?^$(){}|\\]/g, '\\$&'));
			return '/' + parts.join('[^/]+');
		})
		.join('');
	return new RegExp(`^${pattern || '/'}/?$`).test(pathname);
}
