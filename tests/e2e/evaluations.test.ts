// GET /api/evaluations against the built app: the contract's fields, scope checks, bad requests.
import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';

type Playwright = PlaywrightWorkerArgs['playwright'];

const PASSWORD = 'chitieu-demo';
const Q = 'year=2024-2025&period=CUOI_NAM';

async function signIn(playwright: Playwright, baseURL: string, username: string): Promise<APIRequestContext> {
	const context = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html,*/*;q=0.8' }
	});
	const res = await context.post('/login', { form: { username, password: PASSWORD }, maxRedirects: 0 });
	expect(res.status(), `sign-in of ${username}`).toBe(303);
	return context;
}

test('a district user reads Hải An, row by row as the contract says, and not An Lão', async ({
	playwright,
	baseURL
}) => {
	const district = await signIn(playwright, baseURL!, 'district');
	const res = await district.get(`/api/evaluations?unit=HAIAN&${Q}`);
	expect(res.status()).toBe(200);
	const rows = await res.json();
	expect(rows.length).toBeGreaterThan(40);
	const enrolment = rows.find((r: { indicator: string }) => r.indicator === 'MN_TL_HUYDONG');
	expect(Object.keys(enrolment)).toEqual(
		expect.arrayContaining([
			'unit',
			'indicator',
			'period',
			'actual',
			'numerator',
			'denominator',
			'target',
			'gap',
			'percentOfTarget',
			'status',
			'projection'
		])
	);
	expect(enrolment).toMatchObject({
		unit: 'HAIAN',
		period: 'CUOI_NAM',
		target: { comparator: 'gte', value: 85.7, scope: 'area' }
	});
	expect(enrolment.actual).toBeCloseTo((enrolment.numerator / enrolment.denominator) * 100, 1);
	expect(Object.keys(enrolment.target)).toEqual(
		expect.arrayContaining(['comparator', 'min', 'max', 'value', 'scope'])
	);

	const drill = await district.get(`/api/evaluations?unit=HAIAN&${Q}&indicator=GV_TL_DATCHUAN&children=true`);
	expect(drill.status()).toBe(200);
	const children = await drill.json();
	const units = children.map((r: { unit: string }) => r.unit);
	expect(new Set(units).size).toBe(units.length);
	expect(units).toContain('HA-MN-SAOMAI');
	expect(units).not.toContain('HAIAN');

	const early = await district.get(
		'/api/evaluations?unit=HAIAN&year=2024-2025&period=CAN_DO_2&indicator=MN_TL_SDD'
	);
	const [sdd] = await early.json();
	expect(sdd.projection).toMatchObject({ at: 'CAN_DO_3', method: 'trend' });
	expect(sdd.projection.explanation.en).toMatch(/^At the current pace: /);
	expect(sdd.projection.explanation.vi).toMatch(/^Theo đà hiện tại: /);

	expect((await district.get(`/api/evaluations?unit=ANLAO&${Q}`)).status()).toBe(403);
	expect((await district.get(`/api/evaluations?unit=NOWHERE&${Q}`)).status()).toBe(404);
	await district.dispose();
});

test('a school user reads its own school and nothing above it', async ({ playwright, baseURL }) => {
	const school = await signIn(playwright, baseURL!, 'school');
	const own = await school.get(`/api/evaluations?unit=HA-TH-THANHTO&${Q}`);
	expect(own.status()).toBe(200);
	const rows = await own.json();
	expect(rows.every((r: { unit: string }) => r.unit === 'HA-TH-THANHTO')).toBe(true);
	const standard = rows.find((r: { indicator: string }) => r.indicator === 'CHUAN_QG_MUC');
	expect(standard.target).toMatchObject({ comparator: 'level_gte', value: 2, scope: 'school' });
	expect((await school.get(`/api/evaluations?unit=HAIAN&${Q}`)).status()).toBe(403);
	expect((await school.get(`/api/evaluations?unit=HA-TH-CATBI&${Q}`)).status()).toBe(403);
	await school.dispose();
});

test('bad year or period: 400 with a message in both languages; no session: 401', async ({
	playwright,
	baseURL
}) => {
	const district = await signIn(playwright, baseURL!, 'district');
	const badPeriod = await district.get('/api/evaluations?unit=HAIAN&year=2024-2025&period=HK9');
	expect(badPeriod.status()).toBe(400);
	expect(await badPeriod.json()).toMatchObject({
		field: 'period',
		message: { vi: expect.stringContaining('HK9'), en: expect.stringContaining('HK9') }
	});
	const badYear = await district.get('/api/evaluations?unit=HAIAN&year=2024&period=HK1');
	expect(badYear.status()).toBe(400);
	expect((await badYear.json()).field).toBe('year');
	const unknownYear = await district.get('/api/evaluations?unit=HAIAN&year=2030-2031&period=HK1');
	expect(unknownYear.status()).toBe(400);
	const missing = await district.get('/api/evaluations?unit=HAIAN');
	expect(missing.status()).toBe(400);
	await district.dispose();

	const anonymous = await playwright.request.newContext({ baseURL });
	expect((await anonymous.get(`/api/evaluations?unit=HAIAN&${Q}`)).status()).toBe(401);
	await anonymous.dispose();
});
