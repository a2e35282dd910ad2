#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package from a configured and built release tree with CPack, then checks it
# with lintian. Run through `tools/dev package`, which builds the release preset first and sets
# SECURECHAT_BUILD_DIR; the package lands in build/packages/.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
readonly build_dir=${SECURECHAT_BUILD_DIR:?set SECURECHAT_BUILD_DIR to a configured and built release build directory}
readonly out_dir=${SECURECHAT_PACKAGE_DIR:-build/packages}

[ -f "$build_dir/CPackConfig.cmake" ] || {
    echo "build-deb.sh: $build_dir is not a configured build directory (no CPackConfig.cmake)" >&2
    exit 1
}
for tool in cpack dpkg-shlibdeps dpkg-deb lintian; do
    command -v "$tool" >/dev/null || { echo "build-deb.sh: $tool is missing" >&2; exit 1; }
done

mkdir -p "$out_dir"
rm -f "$out_dir"/securechat_*.deb
echo "== cpack -G DEB"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$out_dir"
rm -rf "$out_dir/_CPack_Packages"

debs=("$out_dir"/securechat_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "build-deb.sh: cpack made no single .deb" >&2; exit 1; }
deb=${debs[0]}

echo "== $deb"
dpkg-deb --field "$deb"
echo "== contents"
dpkg-deb --contents "$deb" | awk '{print $1, $6}'

echo "== lintian"
# --fail-on error: warnings are shown but only errors fail the build.
lintian --fail-on error --display-level '>=pedantic' --tag-display-limit 0 "$deb" || {
    echo "build-deb.sh: lintian reported errors" >&2
    exit 1
}
echo "lintian: no errors"
echo "$deb"
