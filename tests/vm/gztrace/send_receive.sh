#!/bin/bash
# zfs send | zfs receive in a shell, followed with -f: SEND_NEW names the snapshot; the receive
# is the legacy RECV (zc_value = target snapshot, zc_cookie = the input fd) as libzfs_core
# issues it for a plain stream, or RECV_NEW (src "snapname") for resumable/property receives.
# Without -f the shell itself makes no ZFS calls.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/common.bash"

make_pool tank
zfs create tank/src || die "zfs create"
dd if=/dev/urandom of=/tank/src/blob bs=64k count=4 status=none
zfs snapshot tank/src@snap || die "zfs snapshot"

expect_ok trace_json /tmp/sr.json sh -c 'zfs send tank/src@snap | zfs receive tank/dst'
expect_ok cmp /tank/src/blob /tank/dst/blob
names=$(ioctls /tmp/sr.json | tr '\n' ' ')
expect_match "SEND_NEW" "$names" "send issued SEND_NEW"
expect_match "RECV" "$names" "receive issued RECV or RECV_NEW"
expect_eq "tank/src@snap" "$(calls /tmp/sr.json SEND_NEW | jq -r .fields.zc_name | head -1)" \
    "SEND_NEW of the snapshot"
expect_eq "tank/dst@snap" \
    "$(jq -r '(select(.ioctl == "RECV") | .fields.zc_value), (select(.ioctl == "RECV_NEW") | .src.snapname)' \
        /tmp/sr.json | head -1)" "receive names the target snapshot"
expect_eq "0" "$(jq -r 'select(.ioctl | startswith("RECV")) | .result' /tmp/sr.json | head -1)" \
    "receive succeeded"
# Two processes made the calls.
expect_eq 2 "$(jq -r 'select(.ioctl == "SEND_NEW" or (.ioctl | startswith("RECV"))) | .pid' \
    /tmp/sr.json | sort -u | wc -l)" "send and receive are two processes"

gztrace -j -o /tmp/nof.json -- sh -c 'zfs send tank/src@snap | zfs receive tank/dst2'
expect_eq 0 "$(wc -l </tmp/nof.json)" "without -f only the shell, which makes no ZFS calls"
expect_ok zfs list tank/dst2@snap
