import { configFromEnv } from './config';
import { createApp } from './app';

async function main(): Promise<void> {
  const config = configFromEnv(process.env, process.argv.slice(2));
  const app = await createApp(config);
  const lines = [`API:     ${app.url}/graphql   (health: ${app.url}/healthz)`];
  if (config.consoleDir) lines.unshift(`Console: ${app.url}/`);
  if (config.seedDemo) {
    lines.push(`Demo logins (password: ${config.demoPassword === process.env.DEMO_PASSWORD ? 'as set in DEMO_PASSWORD' : config.demoPassword}):`);
    lines.push('  admin    — subdistrict admin (办事处管理员)');
    lines.push('  analyst  — subdistrict analyst (办事处分析员, read-only, PII masked)');
    lines.push('  cun01…cun20, sq01…sq06 — one user per village (村) / community (社区)');
  }
  console.log(lines.join('\n'));
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
