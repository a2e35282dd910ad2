#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Install test for the Debian package, run on the HOST (it needs mmdebstrap, like tools/dev):
# builds a fresh, throw-away Debian 13 root and runs deb-install-checks.sh inside it, which installs
# the .deb with apt (dependencies from the archive), runs the programs, starts the GUI, purges the
# package and checks that nothing is left behind. Nothing is kept afterwards.
#   packaging/linux/test-deb-install.sh [PATH/TO/securechat_*.deb]   (default: build/packages/)
set -euo pipefail

readonly source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly suite=trixie

deb=${1:-}
if [ -z "$deb" ]; then
    shopt -s nullglob
    debs=("$source_dir"/build/packages/securechat_*.deb)
    [ ${#debs[@]} -eq 1 ] || {
        echo "test-deb-install.sh: expected one build/packages/securechat_*.deb (found ${#debs[@]}); run tools/dev package first or pass the path" >&2
        exit 2
    }
    deb=${debs[0]}
fi
[ -f "$deb" ] || { echo "test-deb-install.sh: no such file: $deb" >&2; exit 2; }
command -v mmdebstrap >/dev/null || { echo "test-deb-install.sh: mmdebstrap is missing (apt-get install mmdebstrap)" >&2; exit 2; }

mode=()
[ "$(id -u)" -eq 0 ] || mode=(--mode=unshare)

echo "test-deb-install.sh: testing $(basename "$deb") in a fresh Debian 13 ($suite) root"
start=$(date +%s)
# Target /dev/null: mmdebstrap builds the root in a temporary directory, runs the hooks and
# keeps nothing. xvfb and x11-utils are in the baseline only so the GUI can be shown on a
# virtual display; they do not provide any of the package's dependencies.
status=0
mmdebstrap "${mode[@]}" --quiet --variant=apt --include=xvfb,x11-utils \
    --customize-hook="copy-in '$deb' /tmp" \
    --customize-hook="copy-in '$source_dir/packaging/linux/deb-install-checks.sh' /tmp" \
    --customize-hook="chroot \"\$1\" /bin/bash /tmp/deb-install-checks.sh '/tmp/$(basename "$deb")'" \
    "$suite" /dev/null || status=$?
echo "test-deb-install.sh: finished in $(($(date +%s) - start)) s, exit status $status"
exit "$status"
