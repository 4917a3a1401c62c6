// Finds Debian's chromium for the browser tests; installs it (with CJK fonts) through apt-get when running as root.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const hasFonts = () => fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
/** The export tests read PDFs back with poppler and DOCX files with unzip. */
const hasDocumentTools = () =>
  ['/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/bin/unzip'].every((file) => fs.existsSync(file));
const packages = 'chromium fonts-noto-cjk poppler-utils unzip';

export function ensureChromium() {
  const found = candidates.find((file) => fs.existsSync(file));
  if (found && hasFonts() && hasDocumentTools()) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    if (found && hasDocumentTools()) return found;
    throw new Error(
      `未找到 Chromium 或文档工具 / missing chromium or document tools: run \`sudo apt-get install -y ${packages}\``,
    );
  }
  process.stdout.write(`安装 Chromium、中文字体与文档工具 / installing ${packages} via apt-get…\n`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
    stdio: 'inherit',
  });
  const installed = candidates.find((file) => fs.existsSync(file));
  if (!installed) throw new Error(`Chromium 安装失败 / chromium install failed: apt-get install -y ${packages}`);
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
