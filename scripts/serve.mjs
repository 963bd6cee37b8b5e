// Serves the adapter-node build over plain HTTP for `npm start`. adapter-node assumes https
// when ORIGIN is unset, which would fail the CSRF origin check on http://localhost; this
// wrapper states the real protocol in a header it sets itself (any client value is overwritten).
import http from 'node:http';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const header = 'x-chitieu-local-proto';
if (!process.env.ORIGIN) process.env.PROTOCOL_HEADER = header;

const { handler } = await import(new URL('../build/handler.js', import.meta.url).href);
const server = http.createServer((req, res) => {
	req.headers[header] = 'http';
	handler(req, res);
});
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
