#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Takes the README screenshots of the real windows under Xvfb: docs/images/first-run.png,
# conversation.png and key-changed.png (plus verify.png, connect.png and the file-transfer cards
# file-drop, file-offer, file-progress, file-paused, file-completed and file-failed). Run through
# `tools/dev screenshots`, which builds the dev preset first and sets SECURECHAT_BUILD_DIR. The
# development tool securechat-screenshots (tools/screenshots/, not part of the product) drives
# the scenario and grabs the windows; it fails when a screen cannot be reached.
set -euo pipefail

build_dir=${SECURECHAT_BUILD_DIR:?set SECURECHAT_BUILD_DIR to the dev build folder}
app="$build_dir/bin/securechat-screenshots"
out=docs/images
[ -x "$app" ] || { echo "screenshots: $app is missing; build first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing" >&2; exit 1; }

mkdir -p "$out"
images=(first-run conversation held key-changed verify connect
    file-drop file-offer file-progress file-paused file-completed file-failed)
for image in "${images[@]}"; do rm -f "$out/$image.png"; done

# English, a fixed scale and the style Qt uses without a desktop session, so that the pictures
# only change when the program does.
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
export QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 QT_STYLE_OVERRIDE=Fusion
export XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/securechat-screenshots-$$"
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -dpi 96" "$app" "$PWD/$out" "$@"

for image in "${images[@]}"; do
    [ -s "$out/$image.png" ] || { echo "screenshots: $out/$image.png was not written" >&2; exit 1; }
done
for image in "${images[@]}"; do ls -l "$out/$image.png"; done
