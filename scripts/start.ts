/**
 * `npm start`: the Worker with local D1 and R2 on https://localhost:$PORT, a demo district seeded
 * into an empty database, and the demo credentials printed. Headless: no prompts, no browser.
 */
import { randomBytes } from 'node:crypto';
import { relative } from 'node:path';
import { DEMO_YEAR } from './demo-district.ts';
import { loadDemoCredentials, saveDemoCredentials } from './demo-credentials.ts';
import { DEFAULT_PERSIST_DIR, DEMO_CREDENTIALS_FILE, REPO_ROOT } from './paths.ts';
import { databaseIsEmpty, seedDemo, submitDemoData, type DemoCredential } from './seed.ts';
import { StartError } from './start-error.ts';
import { startSystem, type RunningSystem } from './system.ts';
import { formatTable } from './table.ts';

function portFromEnv(): number {
  const raw = process.env.PORT ?? '8787';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new StartError(`PORT 无效：${raw}`, `invalid PORT: ${raw}`);
  return port;
}

function fail(error: unknown): never {
  if (error instanceof StartError) {
    console.error(`\n✗ 启动失败：${error.zh}\n✗ Start failed: ${error.en}`);
    if (error.detail) console.error(error.detail);
  } else {
    console.error('\n✗ 启动失败 / Start failed:', error);
  }
  process.exit(1);
}

async function demoCredentials(system: RunningSystem, adminToken: string): Promise<DemoCredential[] | null> {
  if (!(await databaseIsEmpty(system.client, adminToken))) return loadDemoCredentials(DEMO_CREDENTIALS_FILE);
  console.log(
    '数据库为空，正在通过管理接口建立演示区县… / Empty database: seeding the demo district through the admin API…',
  );
  const credentials = await seedDemo(system.client, adminToken);
  saveDemoCredentials(DEMO_CREDENTIALS_FILE, credentials);
  try {
    for (const line of await submitDemoData(system.client, credentials))
      console.log(`演示报送 / demo submission: ${line}`);
  } catch (error) {
    // The demo stays usable without them (e.g. a clock before the fixture's dates makes it invalid).
    console.warn(
      `演示报送未成功，可忽略 / demo submission skipped: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return credentials;
}

async function printSummary(
  system: RunningSystem,
  adminToken: string,
  generated: boolean,
  credentials: DemoCredential[] | null,
): Promise<void> {
  const api = `${system.origin}/api`;
  const openapi = await system.client.call('GET', '/api/openapi.json').catch(() => null);
  const lines = [
    '',
    `清风台账已启动 / Qingfeng Ledger is running — Ctrl-C 停止 / to stop`,
    `  Dashboard      ${system.origin}/dashboard/`,
    `  Task pane      ${system.origin}/addin/taskpane   (sideload manifest.xml in Excel; see README)`,
    `  API            ${api}`,
    `  Health         ${api}/health`,
    `  Ledgers        ${api}/ledgers`,
    ...(openapi?.status === 200 ? [`  OpenAPI        ${api}/openapi.json`] : []),
    `  Export         ${api}/export?year=${DEMO_YEAR}&format=xlsx   (supervisor)`,
    `  Dev CA         ${system.caPath}   (curl --cacert …)`,
    `  Data           ${relative(REPO_ROOT, DEFAULT_PERSIST_DIR)}/   (local D1 + R2, kept across restarts)`,
    `  ADMIN_TOKEN    ${generated ? `${adminToken}   (generated for this run; set ADMIN_TOKEN to choose one)` : '(from the environment)'}`,
    '',
  ];
  if (credentials) {
    const rows = credentials.map((c) => [
      c.unitName,
      c.unitCode,
      c.role === 'clerk' ? '填报员 clerk' : '监督员 supervisor',
      c.token,
    ]);
    lines.push(
      `演示凭证 / Demo credentials (${relative(REPO_ROOT, DEMO_CREDENTIALS_FILE)}):`,
      formatTable(['单位 unit', '编码 code', '角色 role', '凭证 token'], rows),
    );
    const supervisor = credentials.find((c) => c.role === 'supervisor');
    if (supervisor) {
      lines.push(
        '',
        'Try / 试一试:',
        `  curl --cacert ${system.caPath} -H 'Authorization: Bearer ${supervisor.token}' -o export.xlsx '${api}/export?year=${DEMO_YEAR}&format=xlsx'`,
      );
    }
  } else {
    lines.push(
      `没有找到演示凭证（${relative(REPO_ROOT, DEMO_CREDENTIALS_FILE)}）。用 ADMIN_TOKEN 调用 POST /api/admin/credentials 签发新凭证，或删除 .wrangler/state 重新建立演示数据。`,
      `No demo credentials file. Issue credentials with POST /api/admin/credentials using ADMIN_TOKEN, or delete .wrangler/state to reseed.`,
    );
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const port = portFromEnv();
  const fromEnv = process.env.ADMIN_TOKEN?.trim();
  const adminToken = fromEnv || randomBytes(24).toString('base64url');
  const controller = new AbortController();
  let system: RunningSystem | null = null;
  let stopping = false;
  const shutdown = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\n正在停止 / Stopping…');
    controller.abort();
    // During startup, startSystem sees the abort, stops wrangler itself and main() exits.
    if (system) {
      await system.stop();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  console.log(`清风台账：正在启动（端口 ${port}）/ Qingfeng Ledger: starting on port ${port}…`);
  try {
    system = await startSystem({
      port,
      adminToken,
      persistTo: DEFAULT_PERSIST_DIR,
      log: (line) => console.log(`[wrangler] ${line}`),
      signal: controller.signal,
    });
  } catch (error) {
    if (controller.signal.aborted) process.exit(130);
    fail(error);
  }
  const running = system;
  void running.exited.then((code) => {
    if (stopping) return;
    console.error(`\n✗ wrangler 意外退出（退出码 ${code}）/ wrangler exited unexpectedly (exit code ${code})`);
    process.exit(1);
  });
  try {
    await printSummary(running, adminToken, !fromEnv, await demoCredentials(running, adminToken));
  } catch (error) {
    if (stopping) return;
    await running.stop();
    fail(error);
  }
}

await main().catch(fail);
