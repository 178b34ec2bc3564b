#!/bin/bash
# Progress that scripts can read: send -v -j and receive -v -j print JSON progress lines while
# the stream flows and a summary whose byte count is exact; receive -n reads and receives
# nothing.
source "$(dirname "$0")/../lib.sh"

Z=$REAL_ZFS
make_pool -O atime=off tank
$Z create tank/src
dd if=/dev/urandom of=/tank/src/big bs=1M count=4 status=none
$Z snapshot tank/src@big

# JSON progress: lines while the stream flows, then a summary with the exact byte count.
gzfs send -v -j tank/src@big 2>/tmp/p.json | { sleep 2; wc -c; } >/tmp/n
n=$(tr -d ' ' </tmp/n)
expect_eq "$n" "$(tail -1 /tmp/p.json | jq .send.bytes)" "send summary counts every byte"
expect_match '^[1-9]' "$(grep -c '"progress"' /tmp/p.json)" "send printed progress lines"
expect_eq "true" "$(grep '"progress"' /tmp/p.json | head -1 | jq '.progress | (.bytes >= 0) and (.estimate > 0) and (.rate >= 0) and (.snapshot == "tank/src@big")')" \
    "progress line fields"
$Z send tank/src@big | { head -c 500000; sleep 2; cat; } | gzfs receive -v -j tank/rj >/tmp/r.json
expect_eq "$($Z send tank/src@big | wc -c)" "$(tail -1 /tmp/r.json | jq .receive.bytes)" "receive summary bytes"
expect_match '^[1-9]' "$(grep -c '"progress"' /tmp/r.json)" "receive printed progress lines"
expect_eq "tank/rj@big" "$(tail -1 /tmp/r.json | jq -r '.receive.snapshots[0].snapshot')"
# -n reads the stream and receives nothing.
vm_test_checks=$((vm_test_checks + 1))
gzfs send tank/src@big | gzfs receive -n -v tank/none >/tmp/n.txt || vm_test_fail "receive -n"
expect_eq "would receive full stream of tank/src@big into tank/none@big" "$(cat /tmp/n.txt)"
expect_fail 1 $Z list tank/none

