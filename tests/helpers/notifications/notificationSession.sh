#!/usr/bin/env bash
# Runs inside `dbus-run-session`, with DISPLAY pointing at a headless X server:
# watches the session bus for Notify calls, starts dunst as the notification
# daemon, runs the command given after the output folder, and stops what it started.
#   notificationSession.sh <output folder> <command…>
set -uo pipefail
out=$1
shift

dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" >"$out/monitor.log" 2>&1 &
monitor=$!
: >"$out/dunstrc"
dunst -config "$out/dunstrc" >"$out/dunst.log" 2>&1 &
daemon=$!
trap 'kill "$daemon" "$monitor" 2>/dev/null; wait "$daemon" "$monitor" 2>/dev/null' EXIT

# Up to 5 s for dunst to own the bus name and for dbus-monitor to start listening
# (it prints its first line once it is a monitor).
ready=no
for _ in $(seq 50); do
  if [ -s "$out/monitor.log" ] && dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'; then
    ready=yes
    break
  fi
  sleep 0.1
done
if [ "$ready" != yes ]; then
  echo "dunst or dbus-monitor did not start; dunst said: $(cat "$out/dunst.log")" >&2
  exit 3
fi

"$@" >"$out/result.json"
status=$?

# dbus-monitor writes as the call passes; give it up to 2 s to reach the log.
for _ in $(seq 20); do
  grep -q 'member=Notify' "$out/monitor.log" && break
  sleep 0.1
done
dunstctl count displayed >"$out/displayed.txt" 2>&1
exit $status
