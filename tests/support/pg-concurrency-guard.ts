import pg from 'pg';
import { afterAll, afterEach } from 'vitest';

/**
 * Setup of the `postgres` project: a test fails when a query is sent on a pg client that is still
 * running another one — `Promise.all` over queries of one transaction, whose one connection pg 8
 * quietly queues but pg 9 will refuse. Reads on the pool may run side by side (each takes a
 * connection of its own) and never trip it.
 *
 * pg's own deprecation warning is not enough on its own: it speaks only when a query waits behind
 * another waiting one (so two queries at once pass unnoticed), and only once per process. So each
 * client's queries in flight are counted here, and pg's warning is caught as well.
 */
const CONCURRENT_QUERY = 'Calling client.query() when the client is already executing a query';

const seen: string[] = [];

process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning' && warning.message.includes(CONCURRENT_QUERY))
    seen.push(warning.message);
});

const inFlight = new WeakMap<object, number>();
const describeQuery = (config: unknown) =>
  String(typeof config === 'string' ? config : ((config as { text?: string } | null)?.text ?? ''))
    .replace(/\s+/g, ' ')
    .slice(0, 120);

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const query = pg.Client.prototype.query as unknown as Query;
(pg.Client.prototype as unknown as { query: Query }).query = function (this: pg.Client, ...args) {
  const running = inFlight.get(this) ?? 0;
  if (running > 0) seen.push(`${running} query(ies) still running when sent: ${describeQuery(args[0])}`);
  inFlight.set(this, running + 1);
  const done = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    args[args.length - 1] = (...result: unknown[]) => {
      done();
      return callback(...result);
    };
    return query.apply(this, args);
  }
  const result = query.apply(this, args);
  if (result instanceof Promise) result.then(done, done);
  else done();
  return result;
};

/** What was caught since the last call; the guard's own test uses it to see the guard works. */
export function takeConcurrentQueries(): string[] {
  return seen.splice(0);
}

function failOnConcurrentQueries(when: string) {
  const caught = takeConcurrentQueries();
  if (caught.length)
    throw new Error(
      `Queries ran at once on one connection (${when}): ${caught.join(' | ')}. ` +
        'Inside a transaction, await the queries one after another instead of Promise.all.',
    );
}

afterEach(() => failOnConcurrentQueries('in this test'));
afterAll(() => failOnConcurrentQueries('in this file’s setup or teardown'));
