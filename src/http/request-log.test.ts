import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { requestLogger } from './request-log';

/** What pino puts first on every line. */
const PINO_KEYS = ['level', 'time', 'pid', 'hostname'];

function appLogging() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger('info', sink);
  const app = express();
  app.use(requestLogger(logger));
  app.get('/things/:id', (req, res) => {
    res.locals.actor = { userId: 7 };
    req.log?.info('inside');
    res.json({ id: req.params.id });
  });
  app.get('/broken', (_req, res) => {
    res.status(503).end();
  });
  return { app, lines };
}

describe('request log', () => {
  it('writes one line per request: id, method, path without the query, status, time, route and user', async () => {
    const { app, lines } = appLogging();
    const res = await request(app).get('/things/3?postcode=LE1%201AA').set('x-request-id', 'abc-1');
    expect(res.headers['x-request-id']).toBe('abc-1');
    const req = { id: 'abc-1', method: 'GET', path: '/things/3' };
    expect(lines.map((l) => l.msg)).toEqual(['inside', 'request completed']);
    expect(lines[0]).toMatchObject({ level: 30, req });
    const line = lines[1]!;
    expect(Object.keys(line)).toEqual([...PINO_KEYS, 'req', 'res', 'responseTime', 'route', 'userId', 'msg']);
    expect(line).toMatchObject({ level: 30, req, res: { statusCode: 200 }, route: '/things/:id', userId: 7 });
    expect(JSON.stringify(lines)).not.toContain('LE1');
  });

  it('says a 5xx failed, with an error naming the status, and makes an id when the client gave none', async () => {
    const { app, lines } = appLogging();
    const res = await request(app).get('/broken').set('x-request-id', 'not a valid id');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0]!)).toEqual([
      ...PINO_KEYS,
      'req',
      'res',
      'err',
      'responseTime',
      'route',
      'userId',
      'msg',
    ]);
    expect(lines[0]).toMatchObject({
      level: 30,
      req: { id: res.headers['x-request-id'], method: 'GET', path: '/broken' },
      res: { statusCode: 503 },
      err: { type: 'Error', message: 'failed with status code 503' },
      route: '/broken',
      userId: null,
      msg: 'request failed',
    });
  });
});
