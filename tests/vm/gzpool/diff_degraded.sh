#!/bin/bash
# Degraded pools (a file vdev offlined; one corrupted then scrubbed) and a paused scrub read
# the same through gzpool and the real zpool.
source "$(dirname "$0")/../lib.sh"

make_pool deg mirror @ @ @
"$REAL_ZPOOL" offline deg /tmp/vdevs/deg-2 || die "offline failed"
expect_same_output gzpool status deg -- "$REAL_ZPOOL" status deg
expect_same_output gzpool status -j deg -- "$REAL_ZPOOL" status -j deg
expect_same_output gzpool status -x -- "$REAL_ZPOOL" status -x
expect_fail 1 gzpool status --fail-unhealthy deg
expect_same_output gzpool list -Hp deg -- "$REAL_ZPOOL" list -Hp deg

# corrupt one side of the mirror past its labels, then scrub: checksum errors and repairs
dd if=/dev/urandom of=/tmp/vdevs/deg-3 bs=1M seek=8 count=100 conv=notrunc status=none
"$REAL_ZPOOL" scrub -w deg || die "scrub failed"
expect_same_output gzpool status deg -- "$REAL_ZPOOL" status deg
expect_same_output gzpool status -j deg -- "$REAL_ZPOOL" status -j deg

# a paused scrub prints no rates, so both tools see the same frozen numbers
make_pool scr @
dd if=/dev/urandom of=/scr/blob bs=1M count=64 status=none 2>/dev/null || true
"$REAL_ZPOOL" scrub scr && "$REAL_ZPOOL" scrub -p scr
expect_same_output gzpool status scr -- "$REAL_ZPOOL" status scr
expect_same_output gzpool status -j scr -- "$REAL_ZPOOL" status -j scr
