#!/bin/bash
# SPDX-License-Identifier: MIT
# Runs INSIDE a fresh Debian 13 root (see test-deb-install.sh): installs the SecureChat .deb with
# apt so its dependencies come from the archive, runs both programs, starts the GUI offscreen and
# on a virtual X display, then purges the package and checks that nothing of it is left behind.
#   deb-install-checks.sh /path/to/securechat_VERSION_ARCH.deb
set -euo pipefail
export LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive

readonly deb=${1:?give the .deb}
readonly work=/tmp/securechat-install-test
readonly deadline_seconds=30
failures=0

step() { printf '\n== %s\n' "$*"; }
pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }

# What the package must not leave behind: everything outside the volatile places.
snapshot_files() {
    find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /run \
        -o -path /var/cache -o -path /var/log -o -path /var/lib/apt -o -path /var/lib/dpkg \) \
        -prune -o -print | sort
}
snapshot_packages() { dpkg-query -W -f '${Package}\n' | sort; }

# Waits until "$@" succeeds, checking every 100 ms, for at most $deadline_seconds.
wait_for() {
    local tries=$((deadline_seconds * 10))
    while ! "$@"; do
        tries=$((tries - 1))
        [ "$tries" -gt 0 ] || return 1
        sleep 0.1
    done
}
maps_have() { local pid=$1; shift; for lib; do grep -q "/$lib" "/proc/$pid/maps" 2>/dev/null || return 1; done; }
stop_process() {
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

mkdir -p "$work"
export HOME=$work/home
mkdir -p "$HOME"

step "baseline of the fresh root"
snapshot_files >"$work/files.before"
snapshot_packages >"$work/packages.before"
echo "$(wc -l <"$work/packages.before") packages, $(wc -l <"$work/files.before") paths"

step "apt-get install $deb"
if apt-get install -y -q "$deb" >"$work/apt-install.log" 2>&1; then
    pass "apt-get install resolved the dependencies from the archive"
else
    cat "$work/apt-install.log"
    fail "apt-get install"
    exit 1
fi
snapshot_packages >"$work/packages.installed"
comm -13 "$work/packages.before" "$work/packages.installed" >"$work/packages.added"
echo "apt added $(wc -l <"$work/packages.added") packages"
for runtime_only in qt6-qpa-plugins libqca-qt6-plugins qt6-svg-plugins; do
    if grep -qx "$runtime_only" "$work/packages.added"; then
        pass "run-time plugin package $runtime_only came in as a dependency"
    else
        fail "run-time plugin package $runtime_only was not installed"
    fi
done
dpkg -L securechat | sort >"$work/securechat.files"

step "versions"
if out=$(securechat-cli --version 2>&1); then pass "securechat-cli --version: $out"; else fail "securechat-cli --version: $out"; fi
# The GUI builds its QApplication before parsing options, so even --version needs a platform.
if out=$(QT_QPA_PLATFORM=offscreen securechat --version 2>&1); then pass "securechat --version: $out"; else fail "securechat --version: $out"; fi
if out=$(securechat-cli --help 2>&1); then pass "securechat-cli --help ($(echo "$out" | wc -l) lines)"; else fail "securechat-cli --help: $out"; fi

step "securechat-cli: two processes talk over loopback"
mkfifo "$work/host.in"
# Holding the write end open keeps the host's standard input open until we close it.
exec 4<>"$work/host.in"
# (The host itself must not inherit that write end, hence 4>&-.)
securechat-cli host --bind 127.0.0.1 --port 0 --profile "$work/alice" --name Alice --key-bits 2048 \
    --accept-new <"$work/host.in" >"$work/host.out" 2>"$work/host.err" 4>&- &
host=$!
host_listening() { grep -q 'Listening on 127.0.0.1, port [0-9]' "$work/host.err"; }
if wait_for host_listening; then
    port=$(sed -n 's/.*Listening on 127\.0\.0\.1, port \([0-9]*\).*/\1/p' "$work/host.err")
    pass "host listens on 127.0.0.1 port $port"
    if echo "hello from the package test" | securechat-cli connect "127.0.0.1:$port" \
        --profile "$work/bob" --name Bob --key-bits 2048 --accept-new \
        >"$work/bob.out" 2>"$work/bob.err" 4>&-; then
        pass "connect sent a line and exited 0: $(grep -o 'TLS 1.3, [A-Z0-9_]*' "$work/bob.err")"
    else
        fail "connect exited $?"
        cat "$work/bob.err"
    fi
    # A peer that is not a contact yet is shown with the start of its fingerprint.
    message_arrived() { grep -qxE 'Bob \[[0-9A-F]{4} [0-9A-F]{4}\]: hello from the package test' "$work/host.out"; }
    if wait_for message_arrived; then pass "the host printed: $(cat "$work/host.out")"; else fail "the message did not arrive"; fi
else
    fail "the host did not start listening"
fi
exec 4>&-
host_exited() { ! kill -0 "$host" 2>/dev/null; }
if wait_for host_exited; then
    if wait "$host"; then pass "host exited 0 at the end of its input"; else fail "host exited $?"; cat "$work/host.err"; fi
else
    fail "host still running ${deadline_seconds}s after the end of its input"
    stop_process "$host"
fi

step "GUI on the offscreen platform"
QT_QPA_PLATFORM=offscreen securechat >"$work/gui-offscreen.log" 2>&1 &
gui=$!
# Observable: the offscreen platform plugin and QCA's OpenSSL provider are mapped into the process.
if wait_for maps_have "$gui" libqoffscreen.so libqca-ossl.so; then
    pass "securechat runs offscreen with the offscreen platform plugin and qca-ossl loaded (pid $gui)"
else
    fail "securechat did not load libqoffscreen.so and libqca-ossl.so within ${deadline_seconds}s"
    cat "$work/gui-offscreen.log"
fi
if kill -0 "$gui" 2>/dev/null; then pass "still running after start-up"; else fail "exited early"; cat "$work/gui-offscreen.log"; fi
stop_process "$gui"

step "GUI on a virtual X display (xcb platform plugin, window, WM_CLASS)"
mkfifo "$work/displayfd"
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$work/displayfd" >"$work/xvfb.log" 2>&1 &
xvfb=$!
# Xvfb writes its display number to the fifo once it accepts clients.
if read -r -t "$deadline_seconds" display_number <"$work/displayfd"; then
    export DISPLAY=":$display_number"
    securechat >"$work/gui-xcb.log" 2>&1 &
    gui=$!
    app_window() {
        local id
        for id in $(xwininfo -root -tree 2>/dev/null | awk '/\("securechat" "[^"]*"\)/ {print $1}'); do
            if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
                echo "$id"
                return 0
            fi
        done
        return 1
    }
    if wait_for app_window >/dev/null; then
        window=$(app_window)
        pass "a SecureChat window is mapped: $(xwininfo -id "$window" | sed -n 's/^xwininfo: //p')"
        wm_class=$(xprop -id "$window" WM_CLASS)
        echo "$wm_class"
        startup_wm_class=$(sed -n 's/^StartupWMClass=//p' /usr/share/applications/org.securechat.SecureChat.desktop)
        if grep -q "\"$startup_wm_class\"" <<<"$wm_class"; then
            pass "WM_CLASS matches StartupWMClass=$startup_wm_class of the desktop entry"
        else
            fail "WM_CLASS does not contain StartupWMClass=$startup_wm_class"
        fi
        if maps_have "$gui" libqxcb.so libqca-ossl.so; then
            pass "xcb platform plugin and qca-ossl loaded"
        else
            fail "libqxcb.so or libqca-ossl.so not loaded"
        fi
        if xwininfo -root -tree | grep -q '"SecureChat cannot start"'; then
            fail "the app shows its start-up error dialog"
        fi
    else
        fail "no SecureChat window appeared within ${deadline_seconds}s"
        cat "$work/gui-xcb.log"
    fi
    stop_process "$gui"
else
    fail "Xvfb did not start"
    cat "$work/xvfb.log"
fi
stop_process "$xvfb"
unset DISPLAY

step "desktop integration files"
for f in /usr/share/applications/org.securechat.SecureChat.desktop \
    /usr/share/metainfo/org.securechat.SecureChat.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.securechat.SecureChat.svg \
    /usr/share/icons/hicolor/48x48/apps/org.securechat.SecureChat.png \
    /usr/share/man/man1/securechat-cli.1.gz /usr/share/man/man1/securechat.1.gz; do
    if [ -s "$f" ]; then pass "$f"; else fail "missing $f"; fi
done

step "apt-get purge securechat, then autoremove"
apt-get purge -y -q securechat >"$work/apt-purge.log" 2>&1 || { cat "$work/apt-purge.log"; fail "apt-get purge"; }
left=0
while read -r path; do
    [ "$path" = /. ] && continue
    # Directories shared with other packages (/usr/share/icons/...) may stay; our own files may not.
    if [ -e "$path" ] && { [ ! -d "$path" ] || [[ "$path" == *securechat* ]]; }; then
        echo "left behind: $path"
        left=$((left + 1))
    fi
done <"$work/securechat.files"
if [ "$left" -eq 0 ]; then
    pass "none of the package's $(wc -l <"$work/securechat.files") paths is left after purge"
else
    fail "$left paths of the package are left after purge"
fi
# The fresh root has no recommended packages, and apt's autoremove keeps a package that anything
# installed recommends (libc6 recommends libidn2-0, which came in with the Qt libraries): tell apt
# not to, so everything the install brought in goes again.
apt-get autoremove --purge -y -q -o APT::AutoRemove::RecommendsImportant=false \
    -o APT::AutoRemove::SuggestsImportant=false >"$work/apt-autoremove.log" 2>&1 || { cat "$work/apt-autoremove.log"; fail "apt-get autoremove"; }
snapshot_packages >"$work/packages.after"
if diff -u "$work/packages.before" "$work/packages.after"; then
    pass "the same $(wc -l <"$work/packages.after") packages as before the install"
else
    fail "the package set differs from the fresh root"
fi
rm -rf "$HOME"
mkdir -p "$HOME"
snapshot_files >"$work/files.after"
if diff -u "$work/files.before" "$work/files.after"; then
    pass "the file system (outside caches, logs and package databases) equals the fresh root"
else
    fail "paths differ from the fresh root (see the diff above)"
fi

step "result"
if [ "$failures" -eq 0 ]; then
    echo "ALL CHECKS PASSED"
else
    echo "$failures CHECK(S) FAILED"
    exit 1
fi
