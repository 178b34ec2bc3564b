#!/bin/bash
# A mirror with a log device; a send stream piped into a receive.
source "$(dirname "$0")/../lib.sh"

make_pool tank mirror @ @ log @
expect_match "mirror-0 +ONLINE" "$(zpool status tank)" "mirror in status"
expect_eq 3 "$(zpool status -P tank | grep -c /tmp/vdevs/)" "three file vdevs"
expect_ok zfs create tank/src
dd if=/dev/urandom of=/tank/src/blob bs=64k count=16 status=none
expect_ok zfs snapshot tank/src@snap
zfs send tank/src@snap | zfs receive tank/dst || die "send | receive failed"
expect_ok cmp /tank/src/blob /tank/dst/blob
expect_ok zfs list tank/dst@snap
expect_ok zpool scrub -w tank
expect_match "scrub repaired 0B" "$(zpool status tank)" "scrub clean"
