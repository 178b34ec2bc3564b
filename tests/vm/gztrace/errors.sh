#!/bin/bash
# gztrace's own errors: one line, exit 1 (2 for usage); the traced exit status passes through.
source "$(dirname "$0")/../lib.sh"

expect_fail 1 gztrace -- no-such-command-here
expect_eq "gztrace: cannot run 'no-such-command-here': command not found" "$vm_test_out"
expect_fail 1 gztrace -p 999999
expect_eq "gztrace: cannot attach to process 999999: no such process" "$vm_test_out"
expect_fail 2 gztrace
expect_fail 2 gztrace -e NO_SUCH_IOCTL -- true
expect_eq "gztrace: unknown ioctl 'NO_SUCH_IOCTL'" "$vm_test_out"
expect_fail 7 gztrace -- sh -c 'exit 7'
expect_fail 137 gztrace -- sh -c 'kill -9 $$'
# A non-root user may not trace a root process.
if id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
    sleep 30 &
    victim=$!
    expect_fail 1 setpriv --reuid=nobody --regid=nogroup --clear-groups \
        "$GZFS_BUILD/cmd/gztrace/gztrace" -p "$victim"
    expect_match "cannot attach to process $victim: Operation not permitted" "$vm_test_out"
    kill "$victim"
fi
