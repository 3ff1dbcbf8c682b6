/**
 * The command line: `npm run cli -- <command> [arguments]`. It works on the database the app is
 * configured for (DATABASE_URL, or the embedded one in DATA_DIR), migrating it first, so a
 * command can run before the first start. Each command is one entry of {@link commands}.
 */
import { readFile, stat } from 'node:fs/promises';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  describeHsdsImport,
  ensureCatalogueLoaded,
  HsdsPackageError,
  importHsdsPackage,
  readHsdsPackage,
} from './modules/social-services';
import {
  bundledTercFile,
  describeTercImport,
  importTercUnits,
  parseTerc,
  TercFileError,
} from './modules/territory';
import { systemContext } from './platform/authz';
import { loadConfig } from './platform/config';
import { type Database, DataDirLockedError, migrateDatabase, openPglite, openPostgres } from './platform/db';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = ReturnType<typeof parseArgs>['values'];

interface Command {
  /** The arguments after the command's name, as `help` shows them. */
  usage: string;
  summary: string;
  options?: Options;
  run(positionals: string[], values: Values): Promise<void>;
}

/** A mistake in how the command was called: the usage is shown and the exit code is 2. */
class UsageError extends Error {}

/** Opens and migrates the configured database for one piece of work, and always closes it. */
async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = config.databaseUrl
    ? openPostgres(config.databaseUrl, 2)
    : await openPglite(config.dataDir);
  console.log(
    database.kind === 'pglite'
      ? `Embedded database (PGlite) in ${config.dataDir}`
      : 'PostgreSQL server from DATABASE_URL',
  );
  try {
    await migrateDatabase(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`No such file: ${file}`);
    throw err;
  }
}

const commands: Record<string, Command> = {
  'import-terc': {
    usage: '[file]',
    summary:
      'Import the TERYT register (GUS TERC file: CSV, ";"-separated, UTF-8). Without a file, the register ' +
      'bundled with the app. Safe to repeat: units are updated in place, never deleted.',
    async run(positionals) {
      if (positionals.length > 1) throw new UsageError('import-terc takes at most one file');
      const file = positionals[0] ?? bundledTercFile;
      // The file is checked whole before the database is opened: a bad file touches nothing.
      const units = parseTerc(await readInputFile(file));
      const result = await withDatabase((database) =>
        importTercUnits(systemContext(database.db, 'cli:import-terc'), units),
      );
      console.log(describeTercImport(result));
    },
  },
  'import-hsds': {
    usage: '<folder> [--dry-run]',
    summary:
      'Import the offerings of an Open Referral HSDS data package (datapackage.json and CSV tables). ' +
      'Organizations are matched to registry institutions by NIP, REGON or KRS, never created; services ' +
      'need a type of the kooperacja-uslugi-spoleczne taxonomy. Safe to repeat: keyed by the HSDS ids. ' +
      'With --dry-run, reports what it would do and saves nothing.',
    options: { 'dry-run': { type: 'boolean' } },
    async run(positionals, values) {
      if (positionals.length !== 1) throw new UsageError('import-hsds takes one folder');
      const folder = positionals[0]!;
      if (!(await stat(folder).catch(() => null))?.isDirectory())
        throw new UsageError(`No such folder: ${folder}`);
      // The package is checked whole before the database is opened: a bad package touches nothing.
      const pkg = await readHsdsPackage(folder);
      const dryRun = Boolean(values['dry-run']);
      const report = await withDatabase(async (database) => {
        // Services are matched to the catalogue, which a database not yet started lacks.
        await ensureCatalogueLoaded(database.db);
        return importHsdsPackage(systemContext(database.db, 'cli:import-hsds'), pkg, { dryRun });
      });
      console.log(describeHsdsImport(report, dryRun));
    },
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${`${name} ${command.usage}`.padEnd(28)}${command.summary}`,
  );
  return [
    'Usage: npm run cli -- <command> [arguments]',
    '',
    'Commands:',
    ...lines,
    `  ${'help'.padEnd(28)}Show this help.`,
    '',
    'The database is the one the app uses: DATABASE_URL, or the embedded one in DATA_DIR (default ./data).',
  ].join('\n');
}

/** Runs one command line and returns the exit code: 0 done, 1 failed, 2 called wrongly. */
async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || ['help', '--help', '-h'].includes(name)) {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`Unknown command: ${name}`);
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options ?? {},
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    await command.run(parsed.positionals, parsed.values);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${usage()}`);
      return 2;
    }
    if (
      err instanceof DataDirLockedError ||
      err instanceof TercFileError ||
      err instanceof HsdsPackageError
    ) {
      console.error(err.message);
      return 1;
    }
    console.error(err);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
