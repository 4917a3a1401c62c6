// Finds Debian's chromium for the browser tests; installs it (with CJK fonts) through apt-get when running as root.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const hasFonts = () => fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');

export function ensureChromium() {
  const found = candidates.find((file) => fs.existsSync(file));
  if (found && hasFonts()) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    if (found) return found;
    throw new Error(
      '未找到 Chromium / no Chromium found: run `sudo apt-get install -y chromium fonts-noto-cjk` or set CHROMIUM_PATH',
    );
  }
  process.stdout.write('安装 Chromium 与中文字体 / installing chromium and fonts-noto-cjk via apt-get…\n');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
    stdio: 'inherit',
  });
  const installed = candidates.find((file) => fs.existsSync(file));
  if (!installed)
    throw new Error('Chromium 安装失败 / chromium install failed: apt-get install -y chromium fonts-noto-cjk');
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${ensureChromium()}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
