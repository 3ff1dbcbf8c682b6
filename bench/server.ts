import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../tests/support/free-port';

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  /** Highest resident set size of the server process so far, in MiB (Linux VmHWM). */
  peakRssMiB(): number | undefined;
  /** CPU time the server process has used so far (user + system), in seconds. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/**
 * The real server as it runs in production (`server/main.ts`), in its own process so its memory
 * is measured apart from the load generator, listening on loopback only. Request logging is off
 * (LOG_LEVEL=warn): the benchmark measures the application, not writing a log line per request.
 */
export async function startServer(databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: 'benchmark-session-secret-long-enough-0000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const peakRssMiB = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
      return kb ? Number(kb) / 1024 : undefined;
    } catch {
      return undefined;
    }
  };
  const cpuSeconds = () => {
    try {
      // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks.
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    } catch {
      return undefined;
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/ready`)).ok)
        return { baseUrl, process: child, peakRssMiB, cpuSeconds, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error('The server did not become ready within 60 s');
}

/** USER_HZ, 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS = 100;

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]!);

/**
 * Signs in through the API as a browser does (CSRF token first, then the login form) and
 * returns the Cookie header that carries the session.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { token } = (await csrf.json()) as { token: string };
  const csrfCookies = cookiesOf(csrf);
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookies.join('; ') },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`Signing in as ${email} failed: ${login.status} ${await login.text()}`);
  return [...csrfCookies, ...cookiesOf(login)].join('; ');
}
