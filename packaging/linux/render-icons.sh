#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders resources/icons/app/securechat.svg into the hicolor PNG sizes under
# packaging/linux/icons/hicolor/. Run from the checkout inside the build environment:
#   tools/dev exec -- bash packaging/linux/render-icons.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
readonly build_dir=${SECURECHAT_ICON_BUILD_DIR:-build/icon-renderer}
readonly sizes=(16 24 32 48 64 128 256)

cmake -S packaging/linux/icon-renderer -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" >/dev/null
QT_QPA_PLATFORM=offscreen "$build_dir/render-icon" resources/icons/app/securechat.svg \
    'packaging/linux/icons/hicolor/%1x%1/apps/org.securechat.SecureChat.png' "${sizes[@]}"
