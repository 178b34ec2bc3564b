#!/bin/bash
# gztrace -f -p PID: attach to a running shell that keeps calling zfs, follow its children.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/common.bash"

make_pool tank
sh -c 'sleep 1; for i in 1 2 3 4 5 6 7 8; do zfs list -H -o name tank >/dev/null; done' &
loop=$!
gztrace -f -j -o /tmp/attach.json -p "$loop" &
tracer=$!
wait "$loop"
wait "$tracer"
expect_eq 0 $? "gztrace ends with the process it attached to"
expect_match '^[1-9]' "$(calls /tmp/attach.json OBJSET_STATS | wc -l)" "calls of the children seen"
expect_eq "tank" "$(calls /tmp/attach.json OBJSET_STATS | jq -r .fields.zc_name | head -1)"

# SIGINT detaches and leaves the process running.
sleep 30 &
victim=$!
gztrace -p "$victim" &
tracer=$!
sleep 1
kill -INT "$tracer"
wait "$tracer"
expect_eq 0 $? "detached on SIGINT"
expect_ok kill -0 "$victim"
expect_match "^State:.*S \(sleeping\)" "$(grep State /proc/$victim/status)" "victim runs untraced"
expect_eq "0" "$(awk '/TracerPid/ {print $2}' /proc/$victim/status)" "no tracer left"
kill "$victim"
