// Finds a Chromium for the demo and the end-to-end tests: $CHROMIUM, then Debian's /usr/bin/chromium.
// Where none is found it installs Debian's `chromium` when running as root on Debian, and otherwise stops
// with the exact command to run. Run directly (`node scripts/chromium.mjs`) it prints the path it settled on.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

const isExecutable = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The Chromium to use, or undefined when there is none. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  return isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Returns a Chromium path, installing Debian's package first when that is possible; exits otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = fs.existsSync('/etc/debian_version');
  if (isRoot && isDebian) {
    console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (update.status === 0 && install.status === 0 && isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    console.error('Installing chromium with apt-get failed.');
  }
  console.error(
    `No Chromium found. Install it with:\n\n  ${INSTALL_COMMAND}\n\n` +
      'or point the CHROMIUM variable at a Chromium binary (branded Google Chrome ignores --load-extension; see README).',
  );
  process.exit(1);
}

export function chromiumVersion(executable) {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')
      .pop();
  } catch {
    return 'unknown version';
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const executable = ensureChromium();
  console.log(`Chromium: ${executable} (${chromiumVersion(executable)})`);
}
