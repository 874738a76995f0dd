#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Installs what the browser tests need: Chromium and its driver from Debian. Playwright launches
# /usr/bin/chromium (ExecutablePath) because it cannot download a browser of its own here.
# Installs only what is missing, so it costs nothing on a machine that already has them.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/common.sh"

main() {
  require_root
  log "Installing browser-test tools"
  timed "chromium packages" ensure_debian_packages chromium chromium-driver
  dpkg-query -W -f='  ${Package} ${Version}\n' chromium chromium-driver >&2
}

main "$@"
