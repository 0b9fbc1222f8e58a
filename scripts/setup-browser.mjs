#!/usr/bin/env node
// Installs the browser the report's test drives (Debian's `chromium`) when
// it is missing. CI runs this before `npm test`. It needs root and apt-get;
// where either is lacking, or the install fails, it says so and the browser
// test is skipped with the same reason.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

function hasAptGet() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

if (existsSync(CHROMIUM)) {
  console.log(`setup-browser: ${CHROMIUM} is installed`);
} else if (process.getuid?.() !== 0 || !hasAptGet()) {
  console.warn(`setup-browser: ${CHROMIUM} is missing and cannot be installed here (needs root and apt-get); the report's browser test will be skipped`);
} else if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']) && existsSync(CHROMIUM)) {
  console.log(`setup-browser: installed ${CHROMIUM}`);
} else {
  console.warn(`setup-browser: installing Debian's chromium failed (see above); the report's browser test will be skipped`);
}
