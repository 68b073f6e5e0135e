// Debian packages the tests and the demo need, installed through apt-get when missing (as root, or with sudo).
import { execFileSync, spawnSync } from 'node:child_process';

export const installed = (pkg) => spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed');

/** Installs `missing` (package names); exits the process with a hint when it cannot. */
export function aptInstall(missing) {
  if (missing.length === 0) return;
  const root = process.getuid?.() === 0;
  if (!root && spawnSync('which', ['sudo']).status !== 0) {
    console.error(`Missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing Debian packages: ${missing.join(' ')}`);
  const run = (args) => execFileSync(root ? args[0] : 'sudo', root ? args.slice(1) : args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...missing]);
}
