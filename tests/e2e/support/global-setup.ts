import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../support/free-port';

const READY_TIMEOUT_MS = 120_000;

/** Builds into the run's own folder, so parallel runs never serve each other's half-built assets. */
function buildWeb(outDir: string) {
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', outDir],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('Building the web app failed');
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * The browser suites drive the app as people get it: the built web app served by the real
 * server process on the embedded database with the demo data, started once for the whole run.
 */
export default async function setup(project: TestProject) {
  const runDir = await mkdtemp(join(tmpdir(), 'koop-e2e-'));
  const dataDir = join(runDir, 'data');
  const webDist = join(runDir, 'web');
  buildWeb(webDist);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The embedded database, whatever the developer's shell points at.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      WEB_DIST: webDist,
      SEED_DEMO: 'true',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      SESSION_SECRET: 'e2e-session-secret-that-is-long-enough-000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  const onExit = () => server.kill('SIGKILL');
  process.once('exit', onExit);

  const teardown = async () => {
    await stop(server);
    process.off('exit', onExit);
    await rm(runDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, server, () => output);
  } catch (err) {
    await teardown();
    throw err;
  }
  project.provide('baseUrl', baseUrl);
  return teardown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
